<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QComboBox</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Zona horaria de este equipo (%1)</translation>
    </message>
</context>
<context>
    <name>ReasonLabels</name>
    <message>
        <source>Vendor or employee not mapped</source>
        <translation>Proveedor o empleado sin asignar</translation>
    </message>
    <message>
        <source>Supplier frozen or not valid in B1</source>
        <translation>Proveedor bloqueado o no válido en B1</translation>
    </message>
    <message>
        <source>G/L account not mapped</source>
        <translation>Cuenta de mayor sin asignar</translation>
    </message>
    <message>
        <source>Cost center not mapped</source>
        <translation>Centro de coste sin asignar</translation>
    </message>
    <message>
        <source>Currency not known in B1</source>
        <translation>Moneda desconocida en B1</translation>
    </message>
    <message>
        <source>Totals do not reconcile</source>
        <translation>Los totales no cuadran</translation>
    </message>
    <message>
        <source>Lines missing for Concur&apos;s total</source>
        <translation>Faltan líneas para el total de Concur</translation>
    </message>
    <message>
        <source>Concur sent no total</source>
        <translation>Concur no envió ningún total</translation>
    </message>
    <message>
        <source>Posting date missing</source>
        <translation>Falta la fecha contable</translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>Fecha ilegible</translation>
    </message>
    <message>
        <source>Input tax account not set</source>
        <translation>Cuenta de IVA soportado no definida</translation>
    </message>
    <message>
        <source>Freight account not set</source>
        <translation>Cuenta de portes no definida</translation>
    </message>
    <message>
        <source>Card clearing account not set</source>
        <translation>Cuenta puente de tarjeta no definida</translation>
    </message>
    <message>
        <source>Payment type not supported</source>
        <translation>Tipo de pago no admitido</translation>
    </message>
    <message>
        <source>Personal charge with a positive amount</source>
        <translation>Cargo personal con importe positivo</translation>
    </message>
    <message>
        <source>Document incomplete</source>
        <translation>Documento incompleto</translation>
    </message>
    <message>
        <source>Changed after posting</source>
        <translation>Modificado después de contabilizar</translation>
    </message>
    <message>
        <source>Setting not valid</source>
        <translation>Ajuste no válido</translation>
    </message>
    <message>
        <source>Rejected by SAP Business One</source>
        <translation>Rechazado por SAP Business One</translation>
    </message>
    <message>
        <source>B1 business partner (CardCode)</source>
        <translation>Socio de negocios de B1 (CardCode)</translation>
    </message>
    <message>
        <source>B1 G/L account</source>
        <translation>Cuenta de mayor de B1</translation>
    </message>
    <message>
        <source>B1 profit center</source>
        <translation>Centro de beneficio de B1</translation>
    </message>
    <message>
        <source>B1 currency code</source>
        <translation>Código de moneda de B1</translation>
    </message>
    <message>
        <source>the Concur employee %1</source>
        <translation>el empleado de Concur %1</translation>
    </message>
    <message>
        <source>the Concur vendor %1</source>
        <translation>el proveedor de Concur %1</translation>
    </message>
    <message>
        <source>the Concur account %1</source>
        <translation>la cuenta de Concur %1</translation>
    </message>
    <message>
        <source>the cost center %1 (dimension %2)</source>
        <translation>el centro de coste %1 (dimensión %2)</translation>
    </message>
    <message>
        <source>the currency %1</source>
        <translation>la moneda %1</translation>
    </message>
    <message>
        <source>Closest matches: %1.</source>
        <translation>Coincidencias más cercanas: %1.</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>el empleado %1</translation>
    </message>
    <message>
        <source>employee %1 (%2)</source>
        <translation>el empleado %1 (%2)</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>el proveedor %1</translation>
    </message>
    <message>
        <source>vendor %1 (%2)</source>
        <translation>el proveedor %1 (%2)</translation>
    </message>
    <message>
        <source>is frozen in B1</source>
        <translation>está en estado «bloqueado» en B1</translation>
    </message>
    <message>
        <source>is inactive in B1</source>
        <translation>está en estado «inactivo» en B1</translation>
    </message>
    <message>
        <source>is not a supplier</source>
        <translation>no es un proveedor</translation>
    </message>
    <message>
        <source>is a control account (B1 refuses manual postings to it)</source>
        <translation>es una cuenta asociada (B1 rechaza asientos manuales en ella)</translation>
    </message>
    <message>
        <source>is a title account (not postable)</source>
        <translation>es una cuenta de título (no contabilizable)</translation>
    </message>
    <message>
        <source>expense entry %1 (%2)</source>
        <translation>el gasto %1 (%2)</translation>
    </message>
    <message>
        <source>expense entry %1</source>
        <translation>el gasto %1</translation>
    </message>
    <message>
        <source>journal line %1</source>
        <translation>la línea de asiento %1</translation>
    </message>
    <message>
        <source>line item %1 (%2)</source>
        <translation>la partida %1 (%2)</translation>
    </message>
    <message>
        <source>line item %1</source>
        <translation>la partida %1</translation>
    </message>
    <message>
        <source>allocation %1</source>
        <translation>la distribución %1</translation>
    </message>
    <message>
        <source>cash advance %1</source>
        <translation>el anticipo %1</translation>
    </message>
    <message>
        <source>No supplier found for %1: there is no business partner %2 and no supplier with that name.</source>
        <translation>No se encontró ningún proveedor para %1: no existe el socio de negocios %2 ni ningún proveedor con ese nombre.</translation>
    </message>
    <message>
        <source>No supplier found for %1: the employee ID has %2 characters, more than the %3 a B1 CardCode can hold, and no supplier has that name. Map the employee to a supplier.</source>
        <translation>No se encontró ningún proveedor para %1: el ID de empleado tiene %2 caracteres, más de los %3 que admite un CardCode de B1, y ningún proveedor tiene ese nombre. Asigne el empleado a un proveedor.</translation>
    </message>
    <message>
        <source>%1 suppliers match %2 (%3). Choose one.</source>
        <translation>Hay %1 proveedores posibles para %2 (%3). Elija uno.</translation>
    </message>
    <message>
        <source>No supplier has the tax ID %1 of %2, and the supplier with that name has another tax ID (%3), so it is another creditor. Check the invoice, then map the vendor.</source>
        <translation>Ningún proveedor tiene el NIF %1 indicado para %2, y el proveedor con ese nombre tiene otro NIF (%3), así que es otro acreedor. Compruebe la factura y después asigne el proveedor.</translation>
    </message>
    <message>
        <source>No supplier matches %1 or its tax ID %2.</source>
        <translation>No se encontró ningún proveedor para %1 ni para su NIF %2.</translation>
    </message>
    <message>
        <source>No supplier matches %1.</source>
        <translation>No se encontró ningún proveedor para %1.</translation>
    </message>
    <message>
        <source>%1 is mapped to business partner %2, which does not exist in B1.</source>
        <translation>%1 está asignado al socio de negocios %2, que no existe en B1.</translation>
    </message>
    <message>
        <source>%1 is mapped to %2 (%3), which %4.</source>
        <translation>%1 está asignado a %2 (%3), que %4.</translation>
    </message>
    <message>
        <source>The supplier %2 (%3) for %1 %4.</source>
        <translation>El proveedor %2 (%3) para %1 %4.</translation>
    </message>
    <message>
        <source>The supplier matching %1 is %2 (%3), which %4.</source>
        <translation>El proveedor encontrado para %1 es %2 (%3), que %4.</translation>
    </message>
    <message>
        <source>The suppliers matching %1 (%2) are frozen, inactive or not suppliers.</source>
        <translation>Los proveedores encontrados para %1 (%2) están bloqueados, inactivos o no son proveedores.</translation>
    </message>
    <message>
        <source>There is no B1 account for the Concur account %1.</source>
        <translation>No hay ninguna cuenta de B1 para la cuenta de Concur %1.</translation>
    </message>
    <message>
        <source>The Concur account %1 is mapped to B1 account %2, which does not exist.</source>
        <translation>La cuenta de Concur %1 está asignada a la cuenta de B1 %2, que no existe.</translation>
    </message>
    <message>
        <source>The Concur account %1 is mapped to B1 account %2, which %3.</source>
        <translation>La cuenta de Concur %1 está asignada a la cuenta de B1 %2, que %3.</translation>
    </message>
    <message>
        <source>B1 account %1 %2. Map the Concur account %1 to a postable account.</source>
        <translation>La cuenta de B1 %1 %2. Asigne la cuenta de Concur %1 a una cuenta contabilizable.</translation>
    </message>
    <message>
        <source>There is no profit center %1 in B1 dimension %2.</source>
        <translation>No hay ningún centro de beneficio %1 en la dimensión %2 de B1.</translation>
    </message>
    <message>
        <source>The profit center %1 (dimension %2) is inactive in B1.</source>
        <translation>El centro de beneficio %1 (dimensión %2) está inactivo en B1.</translation>
    </message>
    <message>
        <source>The cost center %1 (dimension %2) is mapped to %3, which is not an active profit center of that dimension.</source>
        <translation>El centro de coste %1 (dimensión %2) está asignado a %3, que no es un centro de beneficio activo de esa dimensión.</translation>
    </message>
    <message>
        <source>The currency %1 is not defined in B1 (the local currency is %2). Define it in B1 or map it to a B1 currency.</source>
        <translation>La moneda %1 no está definida en B1 (la moneda local es %2). Defínala en B1 o asígnela a una moneda de B1.</translation>
    </message>
    <message>
        <source>The Concur currency %1 is mapped to %2, which is not a currency in B1.</source>
        <translation>La moneda de Concur %1 está asignada a %2, que no es una moneda en B1.</translation>
    </message>
    <message>
        <source>The B1 currencies %1 all have the ISO code %2. Map the currency to one of them.</source>
        <translation>Las monedas de B1 %1 tienen todas el código ISO %2. Asigne la moneda a una de ellas.</translation>
    </message>
    <message>
        <source>The B1 currency %1 is the ISO currency %2, not Concur&apos;s %1, and no B1 currency has the ISO code %1.</source>
        <translation>La moneda de B1 %1 es la moneda ISO %2, no el %1 de Concur, y ninguna moneda de B1 tiene el código ISO %1.</translation>
    </message>
    <message>
        <source>input tax account</source>
        <translation>cuenta de IVA soportado</translation>
    </message>
    <message>
        <source>freight account</source>
        <translation>cuenta de portes</translation>
    </message>
    <message>
        <source>clearing account for the card %1</source>
        <translation>cuenta puente de la tarjeta %1</translation>
    </message>
    <message>
        <source>clearing account for payee %1</source>
        <translation>cuenta puente del beneficiario %1</translation>
    </message>
    <message>
        <source>No %1 is set (setting %2).</source>
        <translation>No hay ninguna %1 definida (ajuste %2).</translation>
    </message>
    <message>
        <source>The %1 %2 (setting %3) does not exist in B1.</source>
        <translation>La %1 %2 (ajuste %3) no existe en B1.</translation>
    </message>
    <message>
        <source>The %1 %2 (setting %3) %4.</source>
        <translation>La %1 %2 (ajuste %3) %4.</translation>
    </message>
    <message>
        <source>approved total of the report</source>
        <translation>el total aprobado del informe</translation>
    </message>
    <message>
        <source>amount due to the employee</source>
        <translation>el importe adeudado al empleado</translation>
    </message>
    <message>
        <source>request total</source>
        <translation>el total de la solicitud</translation>
    </message>
    <message>
        <source>Totals do not reconcile: the lines add up to %1, but Concur&apos;s %2 is %3 (difference %4, tolerance %5).</source>
        <translation>Los totales no cuadran: las líneas suman %1, pero según Concur %2 es %3 (diferencia %4, tolerancia %5).</translation>
    </message>
    <message>
        <source>Expense entries without journal lines: %1.</source>
        <translation>Gastos sin líneas de asiento: %1.</translation>
    </message>
    <message>
        <source>The report has no expense entries, so nothing would be posted. Check it in Concur (skip it here if that is right).</source>
        <translation>El informe no tiene gastos, así que no se contabilizaría nada. Compruébelo en Concur (y omítalo aquí si es correcto).</translation>
    </message>
    <message>
        <source>Nothing would be posted, but not every entry is personal (entries without journal lines: %1). Check the report in Concur (skip it here if nothing is owed).</source>
        <translation>No se contabilizaría nada, pero no todos los gastos son personales (gastos sin líneas de asiento: %1). Compruebe el informe en Concur (y omítalo aquí si no se debe nada).</translation>
    </message>
    <message>
        <source>Nothing would be posted, but not every entry is personal (their journal lines are zero). Check the report in Concur (skip it here if nothing is owed).</source>
        <translation>No se contabilizaría nada, pero no todos los gastos son personales (sus líneas de asiento son cero). Compruebe el informe en Concur (y omítalo aquí si no se debe nada).</translation>
    </message>
    <message>
        <source>The payment request has no line item amounts, so nothing would be posted (request total %1). Check it in Concur (skip it here if that is right).</source>
        <translation>La solicitud de pago no tiene importes de partidas, así que no se contabilizaría nada (total de la solicitud %1). Compruébela en Concur (y omítala aquí si es correcto).</translation>
    </message>
    <message>
        <source>Concur sent neither the report&apos;s approved total nor the amount due to the employee, so the journal lines cannot be checked against Concur&apos;s own figures.</source>
        <translation>Concur no envió ni el total aprobado del informe ni el importe adeudado al empleado, así que las líneas del asiento no se pueden cotejar con las cifras de Concur.</translation>
    </message>
    <message>
        <source>Concur sent no total for the payment request, so its lines cannot be checked against Concur&apos;s own figure.</source>
        <translation>Concur no envió ningún total para la solicitud de pago, así que sus líneas no se pueden cotejar con la cifra de Concur.</translation>
    </message>
    <message>
        <source>Concur sent no %1 (%2) for this report, so its posting date is unknown. Have the report corrected in Concur, or choose another posting date in the settings and retry it.</source>
        <translation>Concur no envió ninguna %1 (%2) para este informe, así que su fecha contable es desconocida. Haga corregir el informe en Concur, o elija otra fecha contable en los ajustes y reinténtelo.</translation>
    </message>
    <message>
        <source>submit date</source>
        <translation>fecha de presentación</translation>
    </message>
    <message>
        <source>payment-processing date</source>
        <translation>fecha de procesamiento del pago</translation>
    </message>
    <message>
        <source>The payment request has no invoice date.</source>
        <translation>La solicitud de pago no tiene fecha de factura.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date.</source>
        <translation>El campo %1 («%2») no es una fecha.</translation>
    </message>
    <message>
        <source>The system&apos;s time zone is unknown, so the posting date cannot be determined. Set %1 to the company&apos;s time zone (for example Europe/Berlin).</source>
        <translation>La zona horaria del sistema es desconocida, así que no se puede determinar la fecha contable. Defina %1 con la zona horaria de la empresa (por ejemplo Europe/Madrid).</translation>
    </message>
    <message>
        <source>The company time zone &quot;%1&quot; (setting %2) is not a known time zone, so the posting date cannot be determined. Use a name such as Europe/Berlin.</source>
        <translation>La zona horaria de la empresa «%1» (ajuste %2) no es una zona horaria conocida, así que no se puede determinar la fecha contable. Use un nombre como Europe/Madrid.</translation>
    </message>
    <message>
        <source>The payer/payee combination %1 → %2 of %3 is not supported.</source>
        <translation>La combinación pagador/beneficiario %1 → %2 en %3 no se admite.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Concur sent no %1 in this document.</source>
        <translation>Concur no envió el campo %1 en este documento.</translation>
    </message>
    <message>
        <source>Concur sent no %1 in %2.</source>
        <translation>Concur no envió el campo %1 en %2.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number.</source>
        <translation>El campo %1 («%2») no es un número.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; in %3 is not a number.</source>
        <translation>El campo %1 («%2») en %3 no es un número.</translation>
    </message>
    <message>
        <source>The %1 in this document has an unexpected form.</source>
        <translation>El campo %1 de este documento tiene una forma inesperada.</translation>
    </message>
    <message>
        <source>The %1 in %2 has an unexpected form.</source>
        <translation>El campo %1 en %2 tiene una forma inesperada.</translation>
    </message>
    <message>
        <source>The document has no %1 block.</source>
        <translation>El documento no tiene ningún bloque %1.</translation>
    </message>
    <message>
        <source>The document type %1 is not supported (only expense reports and invoices post).</source>
        <translation>El tipo de documento %1 no se admite (solo se contabilizan informes de gastos y facturas).</translation>
    </message>
    <message>
        <source>The Concur document is incomplete: its report or request ID, key or revision is missing.</source>
        <translation>El documento de Concur está incompleto: falta su ID de informe o de solicitud, su clave o su revisión.</translation>
    </message>
    <message>
        <source>The Concur document could not be read: %1</source>
        <translation>No se pudo leer el documento de Concur: %1</translation>
    </message>
    <message>
        <source>Changed after posting: revision %1 arrived, but revision %2 is already journal entry %3 in B1.</source>
        <translation>Modificado después de contabilizar: ha llegado la revisión %1, pero la revisión %2 ya es el asiento contable %3 en B1.</translation>
    </message>
    <message>
        <source>Revisions %1 and %2 of this document cannot be put in order, so either could be the current one. Skip the revision that must not post, then retry the other.</source>
        <translation>Las revisiones %1 y %2 de este documento no se pueden ordenar, así que cualquiera podría ser la actual. Omita la revisión que no debe contabilizarse y reintente la otra.</translation>
    </message>
    <message>
        <source>SAP Business One rejected the entry: %1</source>
        <translation>SAP Business One rechazó el asiento: %1</translation>
    </message>
    <message>
        <source>Internal error: the built entry does not balance (debit %1, credit %2). Please report this.</source>
        <translation>Error interno: el asiento creado no cuadra (debe %1, haber %2). Por favor, informe de ello.</translation>
    </message>
    <message>
        <source>Revisions cannot be ordered</source>
        <translation>Revisiones sin orden posible</translation>
    </message>
    <message>
        <source>Internal error: entry does not balance</source>
        <translation>Error interno: el asiento no cuadra</translation>
    </message>
    <message>
        <source>In %1 the company pays, but no payee is named.</source>
        <translation>En %1 paga la empresa, pero no se indica ningún beneficiario.</translation>
    </message>
    <message>
        <source>In %1 a personal charge the employee owes (payee %2) has a positive amount %3. Concur sends these charges as negative amounts, so booking it would be a guess; check the report in Concur.</source>
        <translation>En %1, un cargo personal que debe el empleado (beneficiario %2) tiene un importe positivo %3. Concur envía estos cargos como importes negativos, así que contabilizarlo sería una suposición; compruebe el informe en Concur.</translation>
    </message>
    <message>
        <source>Refused by Concur</source>
        <translation>Rechazado por Concur</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Concur refused the acknowledgement of this document: %1 (Concur code %2).</source>
        <translation>Concur rechazó el acuse de recibo de este documento: %1 (código de Concur %2).</translation>
    </message>
    <message>
        <source>Concur refused the posting confirmation of this document: %1 (Concur code %2).</source>
        <translation>Concur rechazó la confirmación de contabilización de este documento: %1 (código de Concur %2).</translation>
    </message>
    <message>
        <source>Concur refused the payment confirmation of this reimbursement: %1 (Concur code %2).</source>
        <translation>Concur rechazó la confirmación de pago de este reembolso: %1 (código de Concur %2).</translation>
    </message>
    <message>
        <source>Its journal entry stays in SAP Business One and is not posted again. Retry sends it to Concur again at the next sync; Skip accepts Concur&apos;s answer.</source>
        <translation>Su asiento contable se queda en SAP Business One y no se vuelve a contabilizar. Reintentar envía de nuevo la confirmación a Concur en la próxima sincronización; Omitir acepta la respuesta de Concur.</translation>
    </message>
    <message>
        <source>Retry sends it to Concur again at the next sync; Skip accepts Concur&apos;s answer (a document not yet in SAP Business One is then skipped).</source>
        <translation>Reintentar envía de nuevo la confirmación a Concur en la próxima sincronización; Omitir acepta la respuesta de Concur (un documento que aún no está en SAP Business One se omite entonces).</translation>
    </message>
</context>
<context>
    <name>WriteBackLevels</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Acknowledge documents</source>
        <translation>Acusar recibo de los documentos</translation>
    </message>
    <message>
        <source>Confirm postings</source>
        <translation>Confirmar contabilizaciones</translation>
    </message>
    <message>
        <source>Confirm postings and payments</source>
        <translation>Confirmar contabilizaciones y pagos</translation>
    </message>
    <message>
        <source>Sends nothing to Concur: ml-connector only signs in and reads approved documents, so Concur is never changed.</source>
        <translation>No envía nada a Concur: ml-connector solo inicia sesión y lee los documentos aprobados, así que Concur nunca se modifica.</translation>
    </message>
    <message>
        <source>Acknowledges each document once ml-connector has recorded it, so it leaves Concur&apos;s list of documents ready to export and every sync stays quick.</source>
        <translation>Acusa recibo de cada documento en cuanto ml-connector lo ha registrado, de modo que sale de la lista de documentos listos para exportar de Concur y cada sincronización sigue siendo rápida.</translation>
    </message>
    <message>
        <source>Acknowledges each document and tells Concur whether it was posted to SAP Business One (with the journal entry number and posting date) or will not be; Concur Expense Pay reimburses only reports confirmed as posted.</source>
        <translation>Acusa recibo de cada documento e informa a Concur de si se contabilizó en SAP Business One (con el número de asiento y la fecha contable) o no se contabilizará; Concur Expense Pay solo reembolsa los informes confirmados como contabilizados.</translation>
    </message>
    <message>
        <source>Acknowledges and confirms each document and also tells Concur when an employee&apos;s reimbursement has been paid, once a person marks it paid (expense reports only).</source>
        <translation>Acusa recibo de cada documento, confirma su contabilización e informa además a Concur de que se pagó el reembolso a un empleado, en cuanto una persona lo marca como pagado (solo informes de gastos).</translation>
    </message>
    <message>
        <source>A level this version of the tray does not know; the service decides what it sends.</source>
        <translation>Un nivel que esta versión de la aplicación no conoce; el servicio decide qué envía.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) acknowledged</source>
        <translation>
            <numerusform>%n documento con acuse de recibo</numerusform>
            <numerusform>%n documentos con acuse de recibo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) confirmed</source>
        <translation>
            <numerusform>%n pago confirmado</numerusform>
            <numerusform>%n pagos confirmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by Concur (in the review queue)</source>
        <translation>
            <numerusform>%n rechazado por Concur (en la cola de revisión)</numerusform>
            <numerusform>%n rechazados por Concur (en la cola de revisión)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posting outcome(s) confirmed</source>
        <translation>
            <numerusform>%n resultado de contabilización confirmado</numerusform>
            <numerusform>%n resultados de contabilización confirmados</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged: Concur knows that ml-connector has recorded the document. Posting outcome confirmed: Concur has been told whether the document was posted to SAP Business One or will not be. Payment confirmed: Concur has been told that the reimbursement was paid. Waiting: sent at the next sync. Refused: Concur did not accept it; the document waits in the review queue.</source>
        <translation>Acuse de recibo: Concur sabe que ml-connector ha registrado el documento. Resultado de contabilización confirmado: Concur sabe si el documento se contabilizó en SAP Business One o no se contabilizará. Pago confirmado: Concur sabe que el reembolso se ha pagado. Pendiente: se envía en la próxima sincronización. Rechazado: Concur no lo aceptó; el documento espera en la cola de revisión.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The ml-connector tray and configurator.</source>
        <translation>El icono de bandeja y el configurador de ml-connector.</translation>
    </message>
    <message>
        <source>The service&apos;s data directory.</source>
        <translation>El directorio de datos del servicio.</translation>
    </message>
    <message>
        <source>The service&apos;s pipe.</source>
        <translation>El canal del servicio.</translation>
    </message>
    <message>
        <source>Start in the notification area only.</source>
        <translation>Iniciar solo en el área de notificación.</translation>
    </message>
    <message>
        <source>Save a picture of every page into this folder, then quit.</source>
        <translation>Guardar una imagen de cada página en esta carpeta y salir.</translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>The connector&apos;s data cannot be opened in %1.

%2</source>
        <translation>No se pueden abrir los datos del conector en %1.

%2</translation>
    </message>
    <message>
        <source>The page to open: overview, review, mappings, audit or settings.</source>
        <translation>La página que se abre: overview, review, mappings, audit o settings.</translation>
    </message>
    <message>
        <source>The language for this start: en, de, fr or es (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>El idioma de este inicio: en, de, fr o es (por defecto: el elegido en Ajustes o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>Unknown language %1; available: en, de, fr, es.</source>
        <translation>Idioma desconocido %1; disponibles: en, de, fr, es.</translation>
    </message>
</context>
<context>
    <name>mlc::cli</name>
    <message>
        <source>Data directory (isolates instances).</source>
        <translation>Directorio de datos (aísla las instancias).</translation>
    </message>
    <message>
        <source>Secret store.</source>
        <translation>Almacén de secretos.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Salida JSON legible por máquina.</translation>
    </message>
    <message>
        <source>Why (for review skip).</source>
        <translation>Motivo (para review skip).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Mostrar la ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>run: in the foreground (console mode).</source>
        <translation>run: en primer plano (modo consola).</translation>
    </message>
    <message>
        <source>run: pipe / socket name.</source>
        <translation>run: nombre del canal / socket.</translation>
    </message>
    <message>
        <source>run: under the Windows service manager.</source>
        <translation>run: bajo el administrador de servicios de Windows.</translation>
    </message>
    <message>
        <source>Windows service name.</source>
        <translation>Nombre del servicio de Windows.</translation>
    </message>
    <message>
        <source>install: the service account.</source>
        <translation>install: la cuenta del servicio.</translation>
    </message>
    <message>
        <source>install: start the service.</source>
        <translation>install: iniciar el servicio.</translation>
    </message>
    <message>
        <source>Work on the database directly, even when a service runs.</source>
        <translation>Trabajar directamente sobre la base de datos, aunque haya un servicio en marcha.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <source>Cannot use the secret store %1: %2</source>
        <translation>No se puede usar el almacén de secretos %1: %2</translation>
    </message>
    <message>
        <source>Another ml-connector (pid %1) is working on this data directory: a running service or sync. Two engines on one ledger could post an entry twice, so this one does not start. Run the command without --local to act through the service, or stop it first.</source>
        <translation>Otro ml-connector (pid %1) está trabajando en este directorio de datos: un servicio en marcha o una sincronización. Dos motores sobre el mismo registro podrían contabilizar un asiento dos veces, así que este no se inicia. Ejecute el comando sin --local para actuar a través del servicio, o deténgalo primero.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in the data directory.</source>
        <translation>No se puede crear el archivo de bloqueo en el directorio de datos.</translation>
    </message>
    <message>
        <source>Audit trail intact.</source>
        <translation>Pista de auditoría intacta.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry %1: it was changed after it was written.</source>
        <translation>Pista de auditoría ROTA en la entrada %1: se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>usage: audit show [KEY] | verify | export [FILE]</source>
        <translation>uso: audit show [KEY] | verify | export [FILE]</translation>
    </message>
    <message>
        <source>ml-connector: %1 changed, so the secrets bound to the old endpoint were removed: %2. Set them again for the new one (ml-connector secret set NAME).</source>
        <translation>ml-connector: %1 ha cambiado, así que se han eliminado los secretos vinculados al punto de acceso anterior: %2. Vuelva a definirlos para el nuevo (ml-connector secret set NAME).</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>usage: config list | get KEY | set KEY VALUE | unset KEY</source>
        <translation>uso: config list | get KEY | set KEY VALUE | unset KEY</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>set (onboarded)</source>
        <translation>definido (incorporado)</translation>
    </message>
    <message>
        <source>not set (onboarding pending)</source>
        <translation>no definido (incorporación pendiente)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Secret store: %1</source>
        <translation>Almacén de secretos: %1</translation>
    </message>
    <message>
        <source>Unknown secret %1. Known: concur-client-secret, concur-request-token, b1-password.</source>
        <translation>Secreto desconocido %1. Conocidos: concur-client-secret, concur-request-token, b1-password.</translation>
    </message>
    <message>
        <source>No secret on standard input.</source>
        <translation>No hay ningún secreto en la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 cambiado</translation>
    </message>
    <message>
        <source>%1 saved in %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
    <message>
        <source>usage: secret set NAME  (value on standard input) | secret status</source>
        <translation>uso: secret set NAME  (valor en la entrada estándar) | secret status</translation>
    </message>
    <message>
        <source>Mapping saved; queued documents will be re-evaluated next cycle (%1).</source>
        <translation>Asignación guardada; los documentos en cola se volverán a evaluar en el próximo ciclo (%1).</translation>
    </message>
    <message>
        <source>Mapping %1 %2 -&gt; %3 saved. Re-evaluated queued documents: %4 posted, %5 still in review.</source>
        <translation>Asignación %1 %2 -&gt; %3 guardada. Documentos en cola reevaluados: %4 contabilizados, %5 aún en revisión.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Concur</source>
        <translation>Concur</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Mapping kind must be vendor, account, costcenter or currency.</source>
        <translation>El tipo de asignación debe ser vendor, account, costcenter o currency.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Skipped row with unknown kind &apos;%1&apos;.</source>
        <translation>Fila con tipo desconocido «%1» omitida.</translation>
    </message>
    <message>
        <source>No document %1 in the ledger.</source>
        <translation>No hay ningún documento %1 en el registro.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for review.</source>
        <translation>
            <numerusform>%n documento pendiente de revisión.</numerusform>
            <numerusform>%n documentos pendientes de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document: %1
Title: %2
State: %3
Amount: %4 %5
</source>
        <translation>Documento: %1
Título: %2
Estado: %3
Importe: %4 %5
</translation>
    </message>
    <message>
        <source> [fix: %1]</source>
        <translation> [solución: %1]</translation>
    </message>
    <message>
        <source> candidates: %1</source>
        <translation> candidatos: %1</translation>
    </message>
    <message>
        <source>%1 skipped.</source>
        <translation>%1 omitido.</translation>
    </message>
    <message>
        <source>%1 has no mapping to fix; see &apos;review show %1&apos;.</source>
        <translation>%1 no tiene ninguna asignación que corregir; vea «review show %1».</translation>
    </message>
    <message>
        <source>Cannot open the data directory %1: %2</source>
        <translation>No se puede abrir el directorio de datos %1: %2</translation>
    </message>
    <message>
        <source>The service cannot start: %1</source>
        <translation>El servicio no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>The daily Concur token refresh failed: %1. Without a refresh the Concur connection lapses; check it with `ml-connector test-connections`.</source>
        <translation>La renovación diaria del token de Concur ha fallado: %1. Sin renovación, la conexión con Concur caduca; compruébela con `ml-connector test-connections`.</translation>
    </message>
    <message>
        <source>ml-connector %1, data directory %2, schedule &quot;%3&quot;, next run %4.</source>
        <translation>ml-connector %1, directorio de datos %2, programación «%3», próxima ejecución %4.</translation>
    </message>
    <message>
        <source>ml-connector service running (console); press Ctrl+C to stop.</source>
        <translation>Servicio ml-connector en marcha (consola); pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message numerus="yes">
        <source>after %n cycle(s).</source>
        <translation>
            <numerusform>tras %n ciclo.</numerusform>
            <numerusform>tras %n ciclos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one host: ml-connector run --console (foreground) or run --service (Windows service manager).</source>
        <translation>Elija un anfitrión: ml-connector run --console (primer plano) o run --service (administrador de servicios de Windows).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Installed the service %1 (automatic, delayed start; restarts after failures).</source>
        <translation>Servicio %1 instalado (inicio automático retrasado; se reinicia tras un fallo).</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Línea de comandos: %1</translation>
    </message>
    <message>
        <source>Event Viewer: Windows Logs &gt; Application, source %1.</source>
        <translation>Visor de eventos: Registros de Windows &gt; Aplicación, origen %1.</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Iniciado.</translation>
    </message>
    <message>
        <source>Start it with: sc start %1</source>
        <translation>Inícielo con: sc start %1</translation>
    </message>
    <message>
        <source>Sync cycle %1 -&gt; %2</source>
        <translation>Ciclo de sincronización %1 -&gt; %2</translation>
    </message>
    <message>
        <source>fetched from Concur</source>
        <translation>obtenidos de Concur</translation>
    </message>
    <message>
        <source>posted to B1</source>
        <translation>contabilizados en B1</translation>
    </message>
    <message>
        <source>found already in B1</source>
        <translation>ya presentes en B1</translation>
    </message>
    <message>
        <source>queued for review</source>
        <translation>enviados a revisión</translation>
    </message>
    <message>
        <source>still in review</source>
        <translation>aún en revisión</translation>
    </message>
    <message>
        <source>already done earlier</source>
        <translation>ya procesados antes</translation>
    </message>
    <message>
        <source>nothing to post</source>
        <translation>nada que contabilizar</translation>
    </message>
    <message>
        <source>superseded by a newer revision</source>
        <translation>sustituidos por una revisión más reciente</translation>
    </message>
    <message>
        <source>failed, will retry</source>
        <translation>fallidos, se reintentarán</translation>
    </message>
    <message>
        <source>outcome unknown, will look up</source>
        <translation>resultado desconocido, se consultará</translation>
    </message>
    <message>
        <source>B1 logins</source>
        <translation>inicios de sesión en B1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>JdtNum</source>
        <translation>JdtNum</translation>
    </message>
    <message>
        <source>... and %1 more documents (see audit show)</source>
        <translation>... y %1 documentos más (vea audit show)</translation>
    </message>
    <message>
        <source>note: the page limit per cycle (concur/maxPagesPerCycle) was reached for %1; the next cycle reads on from there.</source>
        <translation>nota: se alcanzó el límite de páginas por ciclo (concur/maxPagesPerCycle) para %1; el próximo ciclo sigue leyendo desde ahí.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>Not configured yet: set %1 (ml-connector config set KEY VALUE).</source>
        <translation>Aún no configurado: defina %1 (ml-connector config set KEY VALUE).</translation>
    </message>
    <message>
        <source>b1/serviceRoot is not a valid URL.</source>
        <translation>b1/serviceRoot no es una URL válida.</translation>
    </message>
    <message>
        <source>The service is running a sync cycle; waiting for it to finish...</source>
        <translation>El servicio está ejecutando un ciclo de sincronización; esperando a que termine...</translation>
    </message>
    <message>
        <source>ml-connector: the service uses the new connection setting after its next restart.</source>
        <translation>ml-connector: el servicio usará el nuevo ajuste de conexión tras su próximo reinicio.</translation>
    </message>
    <message>
        <source>ml-connector: %1; working on the database directly.</source>
        <translation>ml-connector: %1; se trabaja directamente sobre la base de datos.</translation>
    </message>
    <message>
        <source>--local given</source>
        <translation>se indicó --local</translation>
    </message>
    <message>
        <source>no service answers on %1</source>
        <translation>ningún servicio responde en %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>ml-connector: refusing the pipe %1: %2 Use --local to work on the database directly.</source>
        <translation>ml-connector: se rechaza el canal %1: %2 Use --local para trabajar directamente sobre la base de datos.</translation>
    </message>
    <message>
        <source>ml-connector: the service on %1 refused the connection: %2 (use --local to work on the database directly).</source>
        <translation>ml-connector: el servicio en %1 ha rechazado la conexión: %2 (use --local para trabajar directamente sobre la base de datos).</translation>
    </message>
    <message>
        <source>the service on %1 did not report its status (%2)</source>
        <translation>el servicio en %1 no ha informado de su estado (%2)</translation>
    </message>
    <message>
        <source>the service on %1 serves another data directory</source>
        <translation>el servicio en %1 atiende otro directorio de datos</translation>
    </message>
    <message>
        <source>ml-connector: acting through the running service (%1) as %2.</source>
        <translation>ml-connector: se actúa a través del servicio en marcha (%1) como %2.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>%1. Check the credentials with `ml-connector test-connections`.</source>
        <translation>%1. Compruebe las credenciales con `ml-connector test-connections`.</translation>
    </message>
    <message>
        <source>%1 document(s) failed and will be retried; %2 with an unknown outcome will be looked up in SAP Business One before anything is posted again. Details: ml-connector audit show.</source>
        <translation>%1 documento(s) han fallado y se reintentarán; %2 con resultado desconocido se consultarán en SAP Business One antes de volver a contabilizar nada. Detalles: ml-connector audit show.</translation>
    </message>
    <message>
        <source>%1 new document(s) need a decision in the review queue (ml-connector review list).</source>
        <translation>%1 documento(s) nuevo(s) necesitan una decisión en la cola de revisión (ml-connector review list).</translation>
    </message>
    <message>
        <source>%1 cycle: fetched %2, posted %3, recovered %4, to review %5, failed %6, pending %7%8.</source>
        <translation>Ciclo %1: obtenidos %2, contabilizados %3, recuperados %4, a revisar %5, fallidos %6, pendientes %7%8.</translation>
    </message>
    <message numerus="yes">
        <source>(The same happened %n more time(s) since %1.)</source>
        <translation>
            <numerusform>(Lo mismo ha ocurrido %n vez más desde %1.)</numerusform>
            <numerusform>(Lo mismo ha ocurrido %n veces más desde %1.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the command from an elevated (administrator) prompt.</source>
        <translation>Ejecute el comando desde un símbolo del sistema elevado (administrador).</translation>
    </message>
    <message>
        <source>Cannot open %1 to make Administrators its owner. Run install from an elevated prompt, or remove the data directory and run install again.</source>
        <translation>No se puede abrir %1 para que Administradores sea su propietario. Ejecute install desde un símbolo del sistema elevado, o quite el directorio de datos y vuelva a ejecutar install.</translation>
    </message>
    <message>
        <source>Cannot read what %1 is.</source>
        <translation>No se puede determinar qué es %1.</translation>
    </message>
    <message>
        <source>%1 is a junction or symbolic link. The data directory must hold only real files and folders: remove it and run install again.</source>
        <translation>%1 es una unión o un vínculo simbólico. El directorio de datos solo debe contener archivos y carpetas reales: quítelo y vuelva a ejecutar install.</translation>
    </message>
    <message>
        <source>%1 is a hard link to a file elsewhere. Remove it and run install again.</source>
        <translation>%1 es un vínculo físico a un archivo de otro lugar. Quítelo y vuelva a ejecutar install.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 no es un directorio.</translation>
    </message>
    <message>
        <source>Cannot build the data directory&apos;s permissions.</source>
        <translation>No se pueden construir los permisos del directorio de datos.</translation>
    </message>
    <message>
        <source>Cannot make Administrators the owner of %1 (created by another account). Run install from an elevated prompt, or remove the data directory and run install again.</source>
        <translation>No se puede hacer a Administradores propietario de %1 (creado por otra cuenta). Ejecute install desde un símbolo del sistema elevado, o quite el directorio de datos y vuelva a ejecutar install.</translation>
    </message>
    <message>
        <source>Cannot list %1.</source>
        <translation>No se puede listar %1.</translation>
    </message>
    <message>
        <source>The account %1 was not found; only SYSTEM and Administrators can use the data directory.</source>
        <translation>No se encontró la cuenta %1; solo SYSTEM y Administradores pueden usar el directorio de datos.</translation>
    </message>
    <message>
        <source>The operators group %1 does not exist yet; create it and run install again so that its members can read the data directory.</source>
        <translation>El grupo de operadores %1 aún no existe; créelo y vuelva a ejecutar install para que sus miembros puedan leer el directorio de datos.</translation>
    </message>
    <message>
        <source>Cannot open the Windows service manager.</source>
        <translation>No se puede abrir el administrador de servicios de Windows.</translation>
    </message>
    <message>
        <source>ml-connector (SAP Concur to SAP Business One)</source>
        <translation>ml-connector (de SAP Concur a SAP Business One)</translation>
    </message>
    <message>
        <source>ml-connector %1 (SAP Concur to SAP Business One)</source>
        <translation>ml-connector %1 (de SAP Concur a SAP Business One)</translation>
    </message>
    <message>
        <source>A service named %1 already exists; run `ml-connector uninstall` first.</source>
        <translation>Ya existe un servicio llamado %1; ejecute primero `ml-connector uninstall`.</translation>
    </message>
    <message>
        <source>Cannot create the service %1.</source>
        <translation>No se puede crear el servicio %1.</translation>
    </message>
    <message>
        <source>Posts approved SAP Concur expense reports and invoices to SAP Business One as journal entries. Logs to the Application event log (source %1).</source>
        <translation>Contabiliza los informes de gastos y facturas aprobados de SAP Concur en SAP Business One como asientos contables. Registra en el registro de eventos de Aplicación (origen %1).</translation>
    </message>
    <message>
        <source>Cannot set the service description.</source>
        <translation>No se puede definir la descripción del servicio.</translation>
    </message>
    <message>
        <source>This service manager does not support %1; it was skipped.</source>
        <translation>Este administrador de servicios no admite %1; se ha omitido.</translation>
    </message>
    <message>
        <source>Cannot set %1.</source>
        <translation>No se puede definir %1.</translation>
    </message>
    <message>
        <source>a delayed automatic start</source>
        <translation>un inicio automático retrasado</translation>
    </message>
    <message>
        <source>restart-on-failure actions</source>
        <translation>acciones de reinicio tras un fallo</translation>
    </message>
    <message>
        <source>restarts after an error exit</source>
        <translation>reinicios tras una salida con error</translation>
    </message>
    <message>
        <source>the preshutdown timeout</source>
        <translation>el tiempo de espera previo al apagado</translation>
    </message>
    <message>
        <source>The service was installed but did not start.</source>
        <translation>El servicio se ha instalado pero no se ha iniciado.</translation>
    </message>
    <message>
        <source>No service named %1 is installed.</source>
        <translation>No hay ningún servicio llamado %1 instalado.</translation>
    </message>
    <message>
        <source>Cannot open the service %1.</source>
        <translation>No se puede abrir el servicio %1.</translation>
    </message>
    <message>
        <source>Cannot stop the service %1.</source>
        <translation>No se puede detener el servicio %1.</translation>
    </message>
    <message>
        <source>The service %1 did not stop within %2 seconds; it was not removed.</source>
        <translation>El servicio %1 no se detuvo en %2 segundos; no se ha quitado.</translation>
    </message>
    <message>
        <source>Cannot delete the service %1.</source>
        <translation>No se puede eliminar el servicio %1.</translation>
    </message>
    <message>
        <source>run --service is the Windows service host. On Linux, systemd runs `ml-connector run --console` (see service/systemd/ml-connector.service).</source>
        <translation>run --service es el anfitrión del servicio de Windows. En Linux, systemd ejecuta `ml-connector run --console` (vea service/systemd/ml-connector.service).</translation>
    </message>
    <message>
        <source>run --service must be started by the Windows service manager (sc start / services.msc). To run in this window use: ml-connector run --console</source>
        <translation>run --service debe iniciarlo el administrador de servicios de Windows (sc start / services.msc). Para ejecutarlo en esta ventana use: ml-connector run --console</translation>
    </message>
    <message>
        <source>Cannot connect to the Windows service manager (Windows error %1).</source>
        <translation>No se puede conectar con el administrador de servicios de Windows (error de Windows %1).</translation>
    </message>
    <message>
        <source>review show: the journal entry preview.</source>
        <translation>review show: la vista previa del asiento contable.</translation>
    </message>
    <message>
        <source>install: configure the service the MSI registered.</source>
        <translation>install: configurar el servicio que registró el MSI.</translation>
    </message>
    <message>
        <source>uninstall: also delete the data directory and secrets.</source>
        <translation>uninstall: borrar también el directorio de datos y los secretos.</translation>
    </message>
    <message>
        <source>There is no %1 mapping for %2.</source>
        <translation>No hay ninguna asignación de tipo %1 para %2.</translation>
    </message>
    <message>
        <source>Mapping %1 %2 deleted; queued documents will be re-evaluated next cycle (%3).</source>
        <translation>Asignación %1 %2 eliminada; los documentos en cola se volverán a evaluar en el próximo ciclo (%3).</translation>
    </message>
    <message>
        <source>Mapping %1 %2 -&gt; %3 deleted. Re-evaluated queued documents: %4 posted, %5 still in review.</source>
        <translation>Asignación %1 %2 -&gt; %3 eliminada. Documentos en cola reevaluados: %4 contabilizados, %5 aún en revisión.</translation>
    </message>
    <message>
        <source>does not exist in B1</source>
        <translation>no existe en B1</translation>
    </message>
    <message>
        <source>is frozen in B1</source>
        <translation>está bloqueado en B1</translation>
    </message>
    <message>
        <source>is inactive in B1</source>
        <translation>está inactivo en B1</translation>
    </message>
    <message>
        <source>is not a supplier</source>
        <translation>no es un proveedor</translation>
    </message>
    <message>
        <source>is a title account (not postable)</source>
        <translation>es una cuenta de título (no contabilizable)</translation>
    </message>
    <message>
        <source>is a control account</source>
        <translation>es una cuenta asociada</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1 mapping(s) checked against B1, %2 with a target that cannot be used.</source>
        <translation>%1 asignación(es) comprobada(s) en B1, %2 con un destino que no se puede usar.</translation>
    </message>
    <message>
        <source>usage: mappings list [KIND] | set KIND SOURCE TARGET | delete KIND SOURCE | check [KIND] | import FILE | export [FILE]</source>
        <translation>uso: mappings list [KIND] | set KIND SOURCE TARGET | delete KIND SOURCE | check [KIND] | import FILE | export [FILE]</translation>
    </message>
    <message>
        <source>Journal entry preview - NOT POSTED (built now from the current mappings and B1 master data)</source>
        <translation>Vista previa del asiento contable - NO CONTABILIZADO (creado ahora con las asignaciones actuales y los datos maestros de B1)</translation>
    </message>
    <message>
        <source>Document: %1
Title: %2
State: %3
</source>
        <translation>Documento: %1
Título: %2
Estado: %3
</translation>
    </message>
    <message>
        <source>Reference date: %1  Memo: %2  Reference: %3  Reference3: %4</source>
        <translation>Fecha de referencia: %1  Memo: %2  Referencia: %3  Reference3: %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Comentario de línea</translation>
    </message>
    <message>
        <source>Balanced: yes</source>
        <translation>Cuadrado: sí</translation>
    </message>
    <message>
        <source>Balanced: NO (difference %1)</source>
        <translation>Cuadrado: NO (diferencia %1)</translation>
    </message>
    <message>
        <source>Partial: some lines cannot be built until the problems below are fixed.</source>
        <translation>Parcial: algunas líneas no se pueden crear hasta que se corrijan los problemas de abajo.</translation>
    </message>
    <message>
        <source>Would post now: yes (retry the document to post it).</source>
        <translation>Se contabilizaría ahora: sí (reintente el documento para contabilizarlo).</translation>
    </message>
    <message>
        <source>Would post now: nothing to post.</source>
        <translation>Se contabilizaría ahora: nada que contabilizar.</translation>
    </message>
    <message>
        <source>Would post now: no. Still blocked by:</source>
        <translation>Se contabilizaría ahora: no. Sigue bloqueado por:</translation>
    </message>
    <message>
        <source>Configured the service %1 registered by the installer (delayed start, restarts after failures, preshutdown, data directory %2).</source>
        <translation>Se ha configurado el servicio %1 que registró el instalador (inicio retrasado, reinicio tras un fallo, preapagado, directorio de datos %2).</translation>
    </message>
    <message>
        <source>Removed the service %1 and its Event Log source.</source>
        <translation>Se han quitado el servicio %1 y su origen del registro de eventos.</translation>
    </message>
    <message>
        <source>The data directory is kept.</source>
        <translation>El directorio de datos se conserva.</translation>
    </message>
    <message>
        <source>warning: secret %1 not removed: %2</source>
        <translation>advertencia: secreto %1 no eliminado: %2</translation>
    </message>
    <message>
        <source>warning: secret store %1: %2</source>
        <translation>advertencia: almacén de secretos %1: %2</translation>
    </message>
    <message>
        <source>Removed the data directory %1 and the stored secrets.</source>
        <translation>Se han quitado el directorio de datos %1 y los secretos guardados.</translation>
    </message>
    <message>
        <source>install / uninstall register the Windows service. On Linux install the systemd unit: the .deb package installs the systemd unit, the user and /var/lib/ml-connector; then sudo systemctl enable --now ml-connector (see README, &quot;Install on Linux&quot;).</source>
        <translation>install / uninstall registran el servicio de Windows. En Linux instale la unidad de systemd: el paquete .deb instala la unidad de systemd, el usuario y /var/lib/ml-connector; después, sudo systemctl enable --now ml-connector (vea el README, «Install on Linux»).</translation>
    </message>
    <message>
        <source>ml-connector operators: may use the tray and read the connector&apos;s data.</source>
        <translation>Operadores de ml-connector: pueden usar la aplicación de bandeja y leer los datos del conector.</translation>
    </message>
    <message>
        <source>Cannot create the local group %1.</source>
        <translation>No se puede crear el grupo local %1.</translation>
    </message>
    <message>
        <source>Cannot open the service %1 to configure it.</source>
        <translation>No se puede abrir el servicio %1 para configurarlo.</translation>
    </message>
    <message>
        <source>The service was configured but did not start.</source>
        <translation>El servicio se ha configurado pero no se ha iniciado.</translation>
    </message>
    <message>
        <source>%1 is not a data directory; nothing was removed.</source>
        <translation>%1 no es un directorio de datos; no se ha quitado nada.</translation>
    </message>
    <message>
        <source>%1 is a junction or symbolic link; nothing was removed.</source>
        <translation>%1 es una unión o un vínculo simbólico; no se ha quitado nada.</translation>
    </message>
    <message>
        <source>%1 holds no ml-connector.db; it does not look like ml-connector&apos;s data directory, so nothing was removed.</source>
        <translation>%1 no contiene ningún ml-connector.db; no parece el directorio de datos de ml-connector, así que no se ha quitado nada.</translation>
    </message>
    <message>
        <source>Cannot remove all of %1 (a file in use?).</source>
        <translation>No se puede quitar todo %1 (¿un archivo en uso?).</translation>
    </message>
    <message>
        <source>Cannot set the service&apos;s command line.</source>
        <translation>No se puede definir la línea de comandos del servicio.</translation>
    </message>
    <message>
        <source>Usage: ml-connector [--data-dir DIR] [--secrets SPEC] [--pipe NAME] [--local] &lt;command&gt; [arguments]

Commands:
  sync [--json]                        run one sync cycle and print a summary
  test-connections [--json]            check Concur and SAP Business One
  config list | get KEY | set KEY VALUE | unset KEY
                                       non-secret settings (endpoints, company DB,
                                       accounts, dimension sources, pinned certificate)
  secret set NAME                      read a secret from standard input into the keychain
                                       NAME: concur-client-secret | concur-request-token | b1-password
  secret status                        which secrets are set (never their values)
  mappings list [KIND]                 KIND: vendor | account | costcenter | currency
  mappings set KIND SOURCE TARGET      explicit mapping; releases queued documents it blocked
  mappings delete KIND SOURCE          remove a mapping (audited); the rules decide again
  mappings check [KIND] [--json]       mappings whose B1 target is missing, frozen or inactive
  mappings import FILE | export [FILE] CSV: kind,source,target,origin
  review list [--json]                 documents waiting for a decision
  review show KEY                      one queued document with its reasons
  review show KEY --preview [--json]   the journal entry it would post now (nothing is posted)
  review map KEY TARGET                map the document&apos;s first blocker to TARGET and retry
  review retry KEY                     re-evaluate one queued document now
  review skip KEY --reason TEXT        take a document out of the queue for good
  review paid KEY REFERENCE DATE [AMOUNT] [--method E|C]
                                       a reimbursement paid (write-back confirm-and-pay):
                                       Concur&apos;s payment confirmation at the next cycle
  audit show [KEY] | verify | export [FILE]
  run --console [--pipe NAME]          the service in the foreground until Ctrl+C/SIGTERM
  run --service [--name NAME]          (Windows) the service under the service manager
  install [--name NAME] [--account A] [--start]
                                       (Windows, as administrator) register the service:
                                       delayed automatic start, restart on failure,
                                       Event Log source; uses --data-dir/--secrets/--pipe
  install --existing                   (the MSI runs this) configure the service the Windows
                                       Installer registered, as install would
  uninstall [--name NAME] [--remove-data]
                                       stop and remove the service and its Event Log source;
                                       --remove-data also deletes the data directory and the
                                       secrets in --secrets (default: kept)

Client mode: when a service answers on its pipe (--pipe NAME, default ml-connector) for the
same data directory, sync, test-connections, review show --preview/map/retry/skip/paid,
mappings set/delete/check/import,
config set/unset and secret set act through it; --local works on the database directly.

Secrets SPEC: keychain:SERVICE (default keychain:ml-connector), file:PATH (0600 file,
for headless servers), memory.
Exit codes: 0 ok, 1 usage, 2 configuration, 3 connection/authentication,
4 cycle ran with failures, 5 data (not found, invalid state, broken audit chain), 10 internal.
</source>
        <translation>Uso: ml-connector [--data-dir DIR] [--secrets SPEC] [--pipe NAME] [--local] &lt;comando&gt; [argumentos]

Comandos:
  sync [--json]                        ejecutar un ciclo de sincronización y mostrar un resumen
  test-connections [--json]            comprobar Concur y SAP Business One
  config list | get KEY | set KEY VALUE | unset KEY
                                       ajustes no secretos (puntos de acceso, base de datos de la empresa,
                                       cuentas, fuentes de dimensiones, certificado fijado)
  secret set NAME                      leer un secreto de la entrada estándar y guardarlo en el llavero
                                       NAME: concur-client-secret | concur-request-token | b1-password
  secret status                        qué secretos están definidos (nunca sus valores)
  mappings list [KIND]                 KIND: vendor | account | costcenter | currency
  mappings set KIND SOURCE TARGET      asignación explícita; libera los documentos en cola que bloqueaba
  mappings delete KIND SOURCE          quitar una asignación (auditado); las reglas vuelven a decidir
  mappings check [KIND] [--json]       asignaciones cuyo destino en B1 falta, está bloqueado o inactivo
  mappings import FILE | export [FILE] CSV: kind,source,target,origin
  review list [--json]                 documentos que esperan una decisión
  review show KEY                      un documento en cola con sus motivos
  review show KEY --preview [--json]   el asiento contable que contabilizaría ahora (no se contabiliza nada)
  review map KEY TARGET                asignar el primer bloqueo del documento a TARGET y reintentar
  review retry KEY                     volver a evaluar ahora un documento en cola
  review skip KEY --reason TEXT        sacar un documento de la cola definitivamente
  review paid KEY REFERENCE DATE [AMOUNT] [--method E|C]
                                       un reembolso pagado (nivel confirm-and-pay):
                                       la confirmación de pago a Concur en el próximo ciclo
  audit show [KEY] | verify | export [FILE]
  run --console [--pipe NAME]          el servicio en primer plano hasta Ctrl+C/SIGTERM
  run --service [--name NAME]          (Windows) el servicio bajo el administrador de servicios
  install [--name NAME] [--account A] [--start]
                                       (Windows, como administrador) registrar el servicio:
                                       inicio automático retrasado, reinicio tras un fallo,
                                       origen del registro de eventos; usa --data-dir/--secrets/--pipe
  install --existing                   (lo ejecuta el MSI) configurar el servicio que registró
                                       Windows Installer, como haría install
  uninstall [--name NAME] [--remove-data]
                                       detener y quitar el servicio y su origen del registro de eventos;
                                       --remove-data también borra el directorio de datos y los
                                       secretos de --secrets (por defecto: se conservan)

Modo cliente: cuando un servicio responde en su canal (--pipe NAME, por defecto ml-connector) para el
mismo directorio de datos, sync, test-connections, review show --preview/map/retry/skip/paid,
mappings set/delete/check/import, config set/unset y secret set pasan por él;
--local trabaja directamente sobre la base de datos.

Secretos SPEC: keychain:SERVICE (por defecto keychain:ml-connector), file:PATH (archivo 0600,
para servidores sin escritorio), memory.
Códigos de salida: 0 correcto, 1 uso, 2 configuración, 3 conexión/autenticación,
4 ciclo con fallos, 5 datos (no encontrado, estado no válido, cadena de auditoría rota), 10 interno.
</translation>
    </message>
    <message>
        <source>review paid: E (transfer) or C (cheque).</source>
        <translation>review paid: E (transferencia) o C (cheque).</translation>
    </message>
    <message>
        <source>usage: review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]</source>
        <translation>uso: review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]</translation>
    </message>
    <message>
        <source>%1 marked paid; Concur is told at the next cycle.</source>
        <translation>%1 marcado como pagado; Concur lo sabrá en el próximo ciclo.</translation>
    </message>
    <message>
        <source>Written back to Concur</source>
        <translation>Comunicado a Concur</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acuse de recibo</translation>
    </message>
    <message>
        <source>posting confirmed</source>
        <translation>contabilización confirmada</translation>
    </message>
    <message>
        <source>payment confirmed</source>
        <translation>pago confirmado</translation>
    </message>
    <message>
        <source>refused by Concur (in review)</source>
        <translation>rechazado por Concur (en revisión)</translation>
    </message>
    <message>
        <source>not answered, will retry</source>
        <translation>sin respuesta, se reintentará</translation>
    </message>
</context>
<context>
    <name>mlc::logging</name>
    <message>
        <source>Cannot register the Event Log source %1.</source>
        <translation>No se puede registrar el origen del registro de eventos %1.</translation>
    </message>
    <message>
        <source>Cannot remove the Event Log source %1.</source>
        <translation>No se puede quitar el origen del registro de eventos %1.</translation>
    </message>
</context>
<context>
    <name>mlc::service::ServiceCore</name>
    <message>
        <source>The service core is already started.</source>
        <translation>El núcleo del servicio ya está iniciado.</translation>
    </message>
    <message>
        <source>The service is stopping.</source>
        <translation>El servicio se está deteniendo.</translation>
    </message>
    <message>
        <source>A sync cycle is writing; try again when it has finished.</source>
        <translation>Un ciclo de sincronización está escribiendo; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Unknown method %1.</source>
        <translation>Método desconocido %1.</translation>
    </message>
    <message>
        <source>review.list: &quot;after&quot; must be the &quot;next&quot; of the previous page.</source>
        <translation>review.list: «after» debe ser el «next» de la página anterior.</translation>
    </message>
    <message>
        <source>review.skip needs a key and a reason.</source>
        <translation>review.skip necesita una clave y un motivo.</translation>
    </message>
    <message>
        <source>A sync cycle is running; try again when it has finished.</source>
        <translation>Hay un ciclo de sincronización en marcha; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>mappings.set needs kind (vendor, account, costcenter, currency), source and target.</source>
        <translation>mappings.set necesita tipo (vendor, account, costcenter, currency), origen y destino.</translation>
    </message>
    <message>
        <source>settings.set needs a key and a string value.</source>
        <translation>settings.set necesita una clave y un valor de texto.</translation>
    </message>
    <message>
        <source>The schedule runs a cycle every %1 seconds, and every cycle calls Concur and SAP Business One. Seconds are meant for the sandbox and tests; use minutes (&quot;every 15m&quot;) in production.</source>
        <translation>La programación ejecuta un ciclo cada %1 segundos, y cada ciclo llama a Concur y a SAP Business One. Los segundos son para el entorno de pruebas y los tests; en producción use minutos («every 15m»).</translation>
    </message>
    <message>
        <source>Unknown secret %1 (concur-client-secret, concur-request-token, b1-password).</source>
        <translation>Secreto desconocido %1 (concur-client-secret, concur-request-token, b1-password).</translation>
    </message>
    <message>
        <source>secrets.set needs a non-empty value.</source>
        <translation>secrets.set necesita un valor no vacío.</translation>
    </message>
    <message>
        <source>review.resolve needs a key and a target.</source>
        <translation>review.resolve necesita una clave y un destino.</translation>
    </message>
    <message>
        <source>No document %1 in the ledger.</source>
        <translation>No hay ningún documento %1 en el registro.</translation>
    </message>
    <message>
        <source>Document %1 is %2; only queued documents can be resolved.</source>
        <translation>El documento %1 está %2; solo se pueden resolver documentos en cola.</translation>
    </message>
    <message>
        <source>%1 is not a mapping that blocks %2.</source>
        <translation>%1 no es una asignación que bloquee %2.</translation>
    </message>
    <message>
        <source>%1 has no mapping to fix; see &apos;review show %1&apos;.</source>
        <translation>%1 no tiene ninguna asignación que corregir; vea «review show %1».</translation>
    </message>
    <message>
        <source>review.retry needs a key.</source>
        <translation>review.retry necesita una clave.</translation>
    </message>
    <message>
        <source>review.preview needs a key.</source>
        <translation>review.preview necesita una clave.</translation>
    </message>
    <message>
        <source>masterdata.search needs a kind (vendor, account, costcenter, currency) or a blocker.</source>
        <translation>masterdata.search necesita un tipo (vendor, account, costcenter, currency) o un bloqueo.</translation>
    </message>
    <message>
        <source>mappings.delete needs kind (vendor, account, costcenter, currency) and source.</source>
        <translation>mappings.delete necesita tipo (vendor, account, costcenter, currency) y origen.</translation>
    </message>
    <message>
        <source>There is no %1 mapping for %2.</source>
        <translation>No hay ninguna asignación de tipo %1 para %2.</translation>
    </message>
    <message>
        <source>payments.mark needs a key, a reference and a date.</source>
        <translation>payments.mark necesita una clave, una referencia y una fecha.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::AuditModel</name>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>mlc::tray::AuditPage</name>
    <message>
        <source>Search document, user, action or detail</source>
        <translation>Buscar documento, usuario, acción o detalle</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Buscar en la pista de auditoría</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Comprobar integridad</translation>
    </message>
    <message>
        <source>Recompute the chain of fingerprints: any altered, removed or reordered entry is found.</source>
        <translation>Recalcular la cadena de huellas: se detecta cualquier entrada modificada, eliminada o reordenada.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Save the whole audit trail as a CSV file for Excel.</source>
        <translation>Guardar toda la pista de auditoría como archivo CSV para Excel.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>No se pudo leer la pista de auditoría: %1</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was altered, removed or reordered.</source>
        <translation>La pista de auditoría está intacta: ninguna entrada se ha modificado, eliminado ni reordenado.</translation>
    </message>
    <message>
        <source>The audit trail was altered: entry %1 (or the one before it) does not match its fingerprint. Tell your administrator and keep a copy of the data directory.</source>
        <translation>La pista de auditoría se ha modificado: la entrada %1 (o la anterior) no coincide con su huella. Avise a su administrador y guarde una copia del directorio de datos.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar la pista de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación ha fallado: %1</translation>
    </message>
    <message>
        <source>The audit trail was saved to %1.</source>
        <translation>La pista de auditoría se ha guardado en %1.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::B1Section</name>
    <message>
        <source>SAP Business One</source>
        <translation>SAP Business One</translation>
    </message>
    <message>
        <source>Service Layer address</source>
        <translation>Dirección del Service Layer</translation>
    </message>
    <message>
        <source>Company database</source>
        <translation>Base de datos de la empresa</translation>
    </message>
    <message>
        <source>e.g. SBODEMOUS</source>
        <translation>p. ej. SBODEMOUS</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>a Service Layer user, e.g. manager</source>
        <translation>un usuario del Service Layer, p. ej. manager</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint (SHA-256)</source>
        <translation>Huella del certificado de confianza (SHA-256)</translation>
    </message>
    <message>
        <source>none: the certificate must come from a trusted authority</source>
        <translation>ninguna: el certificado debe proceder de una autoridad de confianza</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <source>Service &amp;Layer address:</source>
        <translation>Dirección del Service &amp;Layer:</translation>
    </message>
    <message>
        <source>Company &amp;database:</source>
        <translation>Base de &amp;datos de la empresa:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Certificate (S&amp;HA-256):</source>
        <translation>Certificado (S&amp;HA-256):</translation>
    </message>
    <message>
        <source>Save to trust this certificate, then test again.</source>
        <translation>Guarde para confiar en este certificado y vuelva a probar.</translation>
    </message>
    <message>
        <source>Connected to company %1 (Service Layer %2).</source>
        <translation>Conectado a la empresa %1 (Service Layer %2).</translation>
    </message>
    <message>
        <source>The server presented a certificate with the SHA-256 fingerprint
%1
Compare it with the certificate on the SAP Business One server before you trust it.</source>
        <translation>El servidor presentó un certificado con la huella SHA-256
%1
Compárela con el certificado del servidor de SAP Business One antes de confiar en él.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ConcurSection</name>
    <message>
        <source>SAP Concur</source>
        <translation>SAP Concur</translation>
    </message>
    <message>
        <source>Concur address</source>
        <translation>Dirección de Concur</translation>
    </message>
    <message>
        <source>Global (recommended) – glz.api.concursolutions.com</source>
        <translation>Global (recomendado) – glz.api.concursolutions.com</translation>
    </message>
    <message>
        <source>North America – us2.api.concursolutions.com</source>
        <translation>Norteamérica – us2.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Europe – eu2.api.concursolutions.com</source>
        <translation>Europa – eu2.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Asia Pacific – apj1.api.concursolutions.com</source>
        <translation>Asia-Pacífico – apj1.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de la empresa</translation>
    </message>
    <message>
        <source>the company UUID from Concur</source>
        <translation>el UUID de la empresa en Concur</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Company request token</source>
        <translation>Token de solicitud de la empresa</translation>
    </message>
    <message>
        <source>Concur &amp;address:</source>
        <translation>&amp;Dirección de Concur:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation>ID de la empres&amp;a:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Company re&amp;quest token:</source>
        <translation>&amp;Token de solicitud de la empresa:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>Connected to the company (the request token has been exchanged).</source>
        <translation>Conectado a la empresa (el token de solicitud se ha canjeado).</translation>
    </message>
    <message>
        <source>Not connected yet: the service exchanges the request token at its first sync or test.</source>
        <translation>Aún no conectado: el servicio canjea el token de solicitud en su primera sincronización o prueba.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. %n expense report(s) are ready to read.</source>
        <translation>
            <numerusform>Conectado a %1. %n informe de gastos está listo para leerse.</numerusform>
            <numerusform>Conectado a %1. %n informes de gastos están listos para leerse.</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed now; a new token connects the company again</source>
        <translation>no hace falta ahora; un token nuevo vuelve a conectar la empresa</translation>
    </message>
    <message>
        <source>Write-back to Concur</source>
        <translation>Confirmaciones a Concur</translation>
    </message>
    <message>
        <source>Write-back t&amp;o Concur:</source>
        <translation>C&amp;onfirmaciones a Concur:</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ConnectionSection</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Save your changes first: the test uses the saved settings.</source>
        <translation>Guarde primero sus cambios: la prueba usa los ajustes guardados.</translation>
    </message>
    <message>
        <source>The service connects with the saved settings and reports what it found.</source>
        <translation>El servicio se conecta con los ajustes guardados e informa de lo que ha encontrado.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>mlc::tray::FirstRunAssistant</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set up ml-connector</source>
        <translation>Configurar ml-connector</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Configurar &amp;más tarde</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>SAP Business One</source>
        <translation>SAP Business One</translation>
    </message>
    <message>
        <source>Where the Service Layer runs and which user posts the journal entries. After going on, come back and test the connection if you like.</source>
        <translation>Dónde se ejecuta el Service Layer y qué usuario contabiliza los asientos. Después de continuar, puede volver y probar la conexión si lo desea.</translation>
    </message>
    <message>
        <source>SAP Concur</source>
        <translation>SAP Concur</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Contabilización</translation>
    </message>
    <message>
        <source>The accounts and the posting date rules.</source>
        <translation>Las cuentas y las reglas de la fecha contable.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>When the connector looks for approved documents.</source>
        <translation>Cuándo busca el conector documentos aprobados.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The settings are saved. The first sync runs on the schedule; use &quot;Run sync now&quot; on the Overview to start it at once. Documents that cannot be matched to a supplier, account or cost center wait in the review queue.</source>
        <translation>Los ajustes están guardados. La primera sincronización se ejecuta según la programación; use «Sincronizar ahora» en el Resumen para iniciarla de inmediato. Los documentos que no se pueden asignar a un proveedor, una cuenta o un centro de coste esperan en la cola de revisión.</translation>
    </message>
    <message>
        <source>ml-connector copies approved expense reports and invoices from SAP Concur into SAP Business One as journal entries. It changes nothing in Concur unless you choose to write back to Concur in the SAP Concur step.

These steps connect it to both systems and decide how documents post. Each step is saved when you go on; everything can be changed later under Settings.</source>
        <translation>ml-connector copia los informes de gastos y las facturas aprobados de SAP Concur a SAP Business One como asientos contables. No cambia nada en Concur, salvo que elija enviar confirmaciones a Concur en el paso SAP Concur.

Estos pasos lo conectan con ambos sistemas y deciden cómo se contabilizan los documentos. Cada paso se guarda al continuar; todo se puede cambiar más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>The app&apos;s credentials from Concur, the company request token your Concur administrator generated, and what ml-connector may write back to Concur.</source>
        <translation>Las credenciales de la aplicación de Concur, el token de solicitud de la empresa que generó su administrador de Concur y lo que ml-connector puede confirmar a Concur.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of this window</source>
        <translation>Idioma de esta ventana</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Saved for you. The new language shows the next time the tray starts.</source>
        <translation>Guardado para usted. El nuevo idioma se verá la próxima vez que se inicie la aplicación.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MainWindow</name>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Connected to the service as an administrator.</source>
        <translation>Conectado al servicio como administrador.</translation>
    </message>
    <message>
        <source>Connected to the service.</source>
        <translation>Conectado al servicio.</translation>
    </message>
    <message>
        <source>Showing the state saved when the service stopped.</source>
        <translation>Se muestra el estado guardado al detenerse el servicio.</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>Cola de revisión (%1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>About ml-connector</source>
        <translation>Acerca de ml-connector</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Versions and the data folder (F1)</source>
        <translation>Versiones y carpeta de datos (F1)</translation>
    </message>
    <message>
        <source>The service is running, version %1.</source>
        <translation>El servicio está en marcha, versión %1.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>El servicio no está en marcha.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ml-connector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copies approved SAP Concur expense reports and invoices into SAP Business One as journal entries. It never changes anything in Concur.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Data folder: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ml-connector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copia los informes de gastos y las facturas aprobados de SAP Concur a SAP Business One como asientos contables. Nunca cambia nada en Concur.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Carpeta de datos: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingDialog</name>
    <message>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>e.g. employee:12345AB, 6999, 1:21-KING or USD</source>
        <translation>p. ej. employee:12345AB, 6999, 1:21-KING o USD</translation>
    </message>
    <message>
        <source>the code in SAP Business One</source>
        <translation>el código en SAP Business One</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Concur value:</source>
        <translation>Valor de &amp;Concur:</translation>
    </message>
    <message>
        <source>&amp;B1 code:</source>
        <translation>Código de &amp;B1:</translation>
    </message>
    <message>
        <source>&amp;Find in B1…</source>
        <translation>B&amp;uscar en B1…</translation>
    </message>
    <message>
        <source>Search SAP Business One for the code.</source>
        <translation>Buscar el código en SAP Business One.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingsModel</name>
    <message>
        <source>Vendor / employee</source>
        <translation>Proveedor / empleado</translation>
    </message>
    <message>
        <source>G/L account</source>
        <translation>Cuenta de mayor</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centro de coste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>definido por una persona</translation>
    </message>
    <message>
        <source>automatic: same code in B1</source>
        <translation>automático: mismo código en B1</translation>
    </message>
    <message>
        <source>automatic: same tax ID</source>
        <translation>automático: mismo NIF</translation>
    </message>
    <message>
        <source>automatic: same name</source>
        <translation>automático: mismo nombre</translation>
    </message>
    <message>
        <source>automatic: employee ID</source>
        <translation>automático: ID de empleado</translation>
    </message>
    <message>
        <source>automatic: ISO currency code</source>
        <translation>automático: código de moneda ISO</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automático (%1)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Concur value</source>
        <translation>Valor de Concur</translation>
    </message>
    <message>
        <source>B1 code</source>
        <translation>Código de B1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingsPage</name>
    <message>
        <source>Kind of mapping</source>
        <translation>Tipo de asignación</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search Concur value or B1 code</source>
        <translation>Buscar valor de Concur o código de B1</translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation>Buscar en las asignaciones</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Map a Concur value to a B1 code.</source>
        <translation>Asignar un valor de Concur a un código de B1.</translation>
    </message>
    <message>
        <source>Read mappings from a CSV file (kind,source,target).</source>
        <translation>Leer asignaciones de un archivo CSV (kind,source,target).</translation>
    </message>
    <message>
        <source>Save the mappings shown as a CSV file for Excel.</source>
        <translation>Guardar las asignaciones mostradas como archivo CSV para Excel.</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>la asignación</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n mapping(s)). Documents that waited for them were checked again.</source>
        <translation>
            <numerusform>Guardado: %1 (%n asignación). Los documentos que la esperaban se han vuelto a comprobar.</numerusform>
            <numerusform>Guardado: %1 (%n asignaciones). Los documentos que las esperaban se han vuelto a comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some mappings were not saved:
%1</source>
        <translation>Algunas asignaciones no se han guardado:
%1</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Importar asignaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a mappings file: %2</source>
        <translation>%1 no es un archivo de asignaciones: %2</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Exportar asignaciones</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) saved to %1.</source>
        <translation>
            <numerusform>%n asignación guardada en %1.</numerusform>
            <numerusform>%n asignaciones guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code does not exist in SAP Business One any more.</source>
        <translation>Este código ya no existe en SAP Business One.</translation>
    </message>
    <message>
        <source>This code is frozen in SAP Business One.</source>
        <translation>Este código está bloqueado en SAP Business One.</translation>
    </message>
    <message>
        <source>This code is inactive in SAP Business One.</source>
        <translation>Este código está inactivo en SAP Business One.</translation>
    </message>
    <message>
        <source>This business partner is not a supplier.</source>
        <translation>Este socio de negocios no es un proveedor.</translation>
    </message>
    <message>
        <source>This is a title account: nothing can be posted to it.</source>
        <translation>Es una cuenta de título: no se puede contabilizar nada en ella.</translation>
    </message>
    <message>
        <source>This is a control account: B1 refuses manual postings to it.</source>
        <translation>Es una cuenta asociada: B1 rechaza asientos manuales en ella.</translation>
    </message>
    <message>
        <source>Documents that use this mapping wait in review until it is changed or deleted.</source>
        <translation>Los documentos que usan esta asignación esperan en la cola de revisión hasta que se cambie o elimine.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Double-click a mapping or press Enter to change it, Delete to remove it. Saving a mapping posts the documents that waited for it.</source>
        <translation>Haga doble clic en una asignación o pulse Intro para cambiarla, Supr para eliminarla. Al guardarla se contabilizan los documentos que la esperaban.</translation>
    </message>
    <message>
        <source>The mappings could not be checked against SAP Business One: %1</source>
        <translation>No se pudieron comprobar las asignaciones en SAP Business One: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n mapping(s) point to a code that is missing, frozen or inactive in SAP Business One. Hover over the warning for details; change or delete them.</source>
        <translation>
            <numerusform>⚠ %n asignación apunta a un código que falta, está bloqueado o inactivo en SAP Business One. Pase el ratón por la advertencia para ver los detalles; cámbiela o elimínela.</numerusform>
            <numerusform>⚠ %n asignaciones apuntan a un código que falta, está bloqueado o inactivo en SAP Business One. Pase el ratón por la advertencia para ver los detalles; cámbielas o elimínelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Eliminar asignación</translation>
    </message>
    <message>
        <source>Delete the mapping of %1 %2 to %3?

Entries already posted are not changed. New documents with %2 are matched by the automatic rules again, or wait in review.</source>
        <translation>¿Eliminar la asignación de %1 %2 a %3?

Los asientos ya contabilizados no cambian. Los documentos nuevos con %2 vuelven a asignarse con las reglas automáticas o esperan en la cola de revisión.</translation>
    </message>
    <message>
        <source>Deleting the mapping…</source>
        <translation>Eliminando la asignación…</translation>
    </message>
    <message>
        <source>The mapping was not deleted: %1</source>
        <translation>La asignación no se ha eliminado: %1</translation>
    </message>
    <message>
        <source>Deleted the mapping of %1 %2 (it was %3).</source>
        <translation>Asignación de %1 %2 eliminada (era %3).</translation>
    </message>
    <message>
        <source>Remove the selected mapping (kept in the audit trail).</source>
        <translation>Quitar la asignación seleccionada (queda en la pista de auditoría).</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MasterDataPicker</name>
    <message>
        <source>Choose in SAP Business One</source>
        <translation>Elegir en SAP Business One</translation>
    </message>
    <message>
        <source>Type part of the code or name</source>
        <translation>Escriba parte del código o del nombre</translation>
    </message>
    <message>
        <source>Search SAP Business One</source>
        <translation>Buscar en SAP Business One</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Matches in SAP Business One</source>
        <translation>Coincidencias en SAP Business One</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Por qué se sugiere</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>Choose the B1 supplier (business partner) for %1.</source>
        <translation>Elija el proveedor de B1 (socio de negocios) para %1.</translation>
    </message>
    <message>
        <source>Choose the B1 G/L account for %1.</source>
        <translation>Elija la cuenta de mayor de B1 para %1.</translation>
    </message>
    <message>
        <source>Choose the B1 profit center for %1.</source>
        <translation>Elija el centro de beneficio de B1 para %1.</translation>
    </message>
    <message>
        <source>Choose the B1 currency for %1.</source>
        <translation>Elija la moneda de B1 para %1.</translation>
    </message>
    <message>
        <source>Searching SAP Business One…</source>
        <translation>Buscando en SAP Business One…</translation>
    </message>
    <message>
        <source>No queued document waits for this mapping.</source>
        <translation>Ningún documento en cola espera esta asignación.</translation>
    </message>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s)</source>
        <translation>
            <numerusform>Elija lo que elija, al guardarlo se libera %n documento en espera</numerusform>
            <numerusform>Elija lo que elija, al guardarlo se liberan %n documentos en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them post at once; the others still wait for something else).</source>
        <translation>
            <numerusform>(%n de ellos se contabiliza en el acto; los demás aún esperan otra cosa).</numerusform>
            <numerusform>(%n de ellos se contabilizan en el acto; los demás aún esperan otra cosa).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Similar name (%1%)</source>
        <translation>Nombre parecido (%1 %)</translation>
    </message>
    <message>
        <source>%1 (dimension %2)</source>
        <translation>%1 (dimensión %2)</translation>
    </message>
    <message numerus="yes">
        <source>Mapping to %1 releases %n waiting document(s).</source>
        <translation>
            <numerusform>Asignar a %1 libera %n documento en espera.</numerusform>
            <numerusform>Asignar a %1 libera %n documentos en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>SAP Business One has nothing usable of this kind.</source>
        <translation>SAP Business One no tiene nada utilizable de este tipo.</translation>
    </message>
    <message>
        <source>Nothing in SAP Business One matches &quot;%1&quot;.</source>
        <translation>Nada en SAP Business One coincide con «%1».</translation>
    </message>
    <message>
        <source>Showing the best %1 of %2 matches; type more to narrow them down.</source>
        <translation>Se muestran las %1 mejores de %2 coincidencias; escriba más para acotarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Press Enter to choose the selected one.</source>
        <translation>
            <numerusform>%n coincidencia. Pulse Intro para elegir la seleccionada.</numerusform>
            <numerusform>%n coincidencias. Pulse Intro para elegir la seleccionada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s); nothing else holds them, so they post at once.</source>
        <translation>
            <numerusform>Elija lo que elija, al guardarlo se libera %n documento en espera; nada más lo retiene, así que se contabiliza en el acto.</numerusform>
            <numerusform>Elija lo que elija, al guardarlo se liberan %n documentos en espera; nada más los retiene, así que se contabilizan en el acto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::OverviewPage</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation>Próxima sincronización:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Posted today:</source>
        <translation>Contabilizados hoy:</translation>
    </message>
    <message>
        <source>Posted this month:</source>
        <translation>Contabilizados este mes:</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>Pendientes de revisión:</translation>
    </message>
    <message>
        <source>Failed, retried automatically:</source>
        <translation>Fallidos, se reintentan solos:</translation>
    </message>
    <message>
        <source>Awaiting confirmation from B1:</source>
        <translation>Esperando confirmación de B1:</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Sincronizaciones recientes</translation>
    </message>
    <message>
        <source>&amp;Run sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>&amp;Pausar la programación</translation>
    </message>
    <message>
        <source>Open the review &amp;queue</source>
        <translation>Abrir la &amp;cola de revisión</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>No está en marcha</translation>
    </message>
    <message>
        <source>unknown while the service is not running</source>
        <translation>desconocido mientras el servicio no esté en marcha</translation>
    </message>
    <message>
        <source>Syncing now</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>la última sincronización falló: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no programada</translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>&amp;Reanudar la programación</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Todavía no se ha ejecutado ninguna sincronización.</translation>
    </message>
    <message>
        <source>The connector&apos;s database could not be read: %1</source>
        <translation>No se pudo leer la base de datos del conector: %1</translation>
    </message>
    <message>
        <source>Sync started…</source>
        <translation>Sincronización iniciada…</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sincronización terminada.</translation>
    </message>
    <message>
        <source>Posted per day (last two weeks)</source>
        <translation>Contabilizados por día (últimas dos semanas)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>SAP Concur:</source>
        <translation>SAP Concur:</translation>
    </message>
    <message>
        <source>SAP Business One:</source>
        <translation>SAP Business One:</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>&amp;Probar las conexiones</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>aún no probado</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>connected (tested %1)</source>
        <translation>conectado (probado %1)</translation>
    </message>
    <message>
        <source>fetched %1, posted %2, found in B1 %3, to review %4, failed %5, pending %6</source>
        <translation>obtenidos %1, contabilizados %2, hallados en B1 %3, a revisar %4, fallidos %5, pendientes %6</translation>
    </message>
    <message>
        <source> (stopped early by a stop request)</source>
        <translation> (detenido antes por una solicitud de parada)</translation>
    </message>
    <message>
        <source> (page limit reached: the rest is read in the next sync)</source>
        <translation> (límite de páginas alcanzado: el resto se lee en la próxima sincronización)</translation>
    </message>
    <message>
        <source>Write-back to Concur:</source>
        <translation>Confirmaciones a Concur:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>mlc::tray::PostedChart</name>
    <message>
        <source>Documents posted per day</source>
        <translation>Documentos contabilizados por día</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing posted in the last %n day(s).</source>
        <translation>
            <numerusform>Nada contabilizado en %n día.</numerusform>
            <numerusform>Nada contabilizado en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) posted</source>
        <translation>
            <numerusform>%1: %n documento contabilizado</numerusform>
            <numerusform>%1: %n documentos contabilizados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::PostingSection</name>
    <message>
        <source>Posting</source>
        <translation>Contabilización</translation>
    </message>
    <message>
        <source>G/L account code in SAP Business One</source>
        <translation>Código de cuenta de mayor en SAP Business One</translation>
    </message>
    <message>
        <source>Input &amp;tax account:</source>
        <translation>Cuenta de IVA &amp;soportado:</translation>
    </message>
    <message>
        <source>Input tax account</source>
        <translation>Cuenta de IVA soportado</translation>
    </message>
    <message>
        <source>&amp;Freight account:</source>
        <translation>Cuenta de &amp;portes:</translation>
    </message>
    <message>
        <source>Freight account</source>
        <translation>Cuenta de portes</translation>
    </message>
    <message>
        <source>Company &amp;card clearing account:</source>
        <translation>Cuenta puente de &amp;tarjeta corporativa:</translation>
    </message>
    <message>
        <source>Company card clearing account</source>
        <translation>Cuenta puente de tarjeta corporativa</translation>
    </message>
    <message>
        <source>Employee business partner prefix</source>
        <translation>Prefijo de socio de negocios de empleado</translation>
    </message>
    <message>
        <source>e.g. E: employee 1001 is business partner E1001</source>
        <translation>p. ej. E: el empleado 1001 es el socio de negocios E1001</translation>
    </message>
    <message>
        <source>&amp;Employee business partner prefix:</source>
        <translation>Prefijo de socio de negocios de &amp;empleado:</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>Fecha contable</translation>
    </message>
    <message>
        <source>The date Concur processed the payment (recommended)</source>
        <translation>La fecha en que Concur procesó el pago (recomendado)</translation>
    </message>
    <message>
        <source>The date the report was submitted</source>
        <translation>La fecha en que se presentó el informe</translation>
    </message>
    <message>
        <source>The date of the sync</source>
        <translation>La fecha de la sincronización</translation>
    </message>
    <message>
        <source>Posting &amp;date:</source>
        <translation>&amp;Fecha contable:</translation>
    </message>
    <message>
        <source>Company time zone</source>
        <translation>Zona horaria de la empresa</translation>
    </message>
    <message>
        <source>Company time &amp;zone:</source>
        <translation>&amp;Zona horaria de la empresa:</translation>
    </message>
    <message>
        <source>Concur field for dimension %1</source>
        <translation>Campo de Concur para la dimensión %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>Dimension %1 from:</source>
        <translation>Dimensión %1 desde:</translation>
    </message>
    <message>
        <source>Other clearing accounts (per Concur payment type) are set with the command line: ml-connector config set posting/clearingAccount/&lt;code&gt; &lt;account&gt;.</source>
        <translation>Las demás cuentas puente (por tipo de pago de Concur) se definen con la línea de comandos: ml-connector config set posting/clearingAccount/&lt;code&gt; &lt;account&gt;.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewPage</name>
    <message>
        <source>Search document, employee or vendor</source>
        <translation>Buscar documento, empleado o proveedor</translation>
    </message>
    <message>
        <source>Search the review queue</source>
        <translation>Buscar en la cola de revisión</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Expense reports</source>
        <translation>Informes de gastos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Documents waiting for review</source>
        <translation>Documentos pendientes de revisión</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Detalles del documento</translation>
    </message>
    <message>
        <source>Map to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>Save this mapping; every document waiting for it is posted again.</source>
        <translation>Guardar esta asignación; se vuelve a contabilizar cada documento que la espera.</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Check the selected documents again (after a change in SAP Business One).</source>
        <translation>Volver a comprobar los documentos seleccionados (tras un cambio en SAP Business One).</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>&amp;Omitir…</translation>
    </message>
    <message>
        <source>Take the selected documents out of the queue for good, with a reason.</source>
        <translation>Sacar definitivamente los documentos seleccionados de la cola, con un motivo.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is waiting for review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay nada pendiente de revisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a document to see why it waits and what you can do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un documento para ver por qué espera y qué puede hacer.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n documents selected. Retry or skip them together.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n documento seleccionado. Reinténtelo u omítalo.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n documentos seleccionados. Reinténtelos u omítalos a la vez.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>In queue since</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Por qué espera</translation>
    </message>
    <message>
        <source>Closest matches:</source>
        <translation>Coincidencias más cercanas:</translation>
    </message>
    <message>
        <source>Nothing to map for this document.</source>
        <translation>No hay nada que asignar para este documento.</translation>
    </message>
    <message>
        <source>Map %1 to a %2:</source>
        <translation>%2 para %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n contabilizado</numerusform>
            <numerusform>%n contabilizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n sigue pendiente</numerusform>
            <numerusform>%n siguen pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n se reintentará</numerusform>
            <numerusform>%n se reintentarán</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or choose what %1 maps to.</source>
        <translation>Escriba o elija el destino de %1.</translation>
    </message>
    <message>
        <source>Saving the mapping…</source>
        <translation>Guardando la asignación…</translation>
    </message>
    <message>
        <source>Mapped %1 to %2: %3.</source>
        <translation>%1 asignado a %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n document(s) again…</source>
        <translation>
            <numerusform>Volviendo a comprobar %n documento…</numerusform>
            <numerusform>Volviendo a comprobar %n documentos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n document(s) again.</source>
        <translation>
            <numerusform>%n documento comprobado de nuevo.</numerusform>
            <numerusform>%n documentos comprobados de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip documents</source>
        <translation>Omitir documentos</translation>
    </message>
    <message numerus="yes">
        <source>Why should %n document(s) not be posted? The reason is kept in the audit trail.</source>
        <translation>
            <numerusform>¿Por qué no debe contabilizarse %n documento? El motivo se conserva en la pista de auditoría.</numerusform>
            <numerusform>¿Por qué no deben contabilizarse %n documentos? El motivo se conserva en la pista de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required to skip a document.</source>
        <translation>Se necesita un motivo para omitir un documento.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n document(s).</source>
        <translation>
            <numerusform>%n documento omitido.</numerusform>
            <numerusform>%n documentos omitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in B1…</source>
        <translation>B&amp;uscar en B1…</translation>
    </message>
    <message>
        <source>Search the suppliers, accounts or profit centers in SAP Business One, best matches first.</source>
        <translation>Buscar proveedores, cuentas o centros de beneficio en SAP Business One, las mejores coincidencias primero.</translation>
    </message>
    <message>
        <source>Journal entry preview – not posted</source>
        <translation>Vista previa del asiento – no contabilizado</translation>
    </message>
    <message>
        <source>Journal entry preview, not posted</source>
        <translation>Vista previa del asiento, no contabilizado</translation>
    </message>
    <message>
        <source>Account / BP</source>
        <translation>Cuenta / SN</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Comentario de línea</translation>
    </message>
    <message>
        <source>Select one document to see the journal entry it would post.</source>
        <translation>Seleccione un documento para ver el asiento que contabilizaría.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Creando la vista previa…</translation>
    </message>
    <message>
        <source>The preview needs the service: %1</source>
        <translation>La vista previa necesita el servicio: %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>BP %1</source>
        <translation>SN %1</translation>
    </message>
    <message>
        <source>%1 is not mapped yet</source>
        <translation>%1: aún sin asignar</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>No lines can be built yet.</source>
        <translation>Todavía no se puede crear ninguna línea.</translation>
    </message>
    <message>
        <source>Debits equal credits.</source>
        <translation>El debe es igual al haber.</translation>
    </message>
    <message>
        <source>Not balanced: difference %1 %2.</source>
        <translation>No cuadra: diferencia %1 %2.</translation>
    </message>
    <message>
        <source>Part of the entry only: some lines cannot be built until the problems above are fixed.</source>
        <translation>Solo parte del asiento: algunas líneas no se pueden crear hasta que se corrijan los problemas de arriba.</translation>
    </message>
    <message>
        <source>Nothing blocks it any more: Retry posts this entry.</source>
        <translation>Ya nada lo bloquea: Reintentar contabiliza este asiento.</translation>
    </message>
    <message>
        <source>Nothing would be posted.</source>
        <translation>No se contabilizaría nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked ⚠ still need a mapping.</source>
        <translation>
            <numerusform>%n línea marcada con ⚠ aún necesita una asignación.</numerusform>
            <numerusform>%n líneas marcadas con ⚠ aún necesitan una asignación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not posted: %n problem(s) still block it.</source>
        <translation>
            <numerusform>No contabilizado: %n problema lo bloquea todavía.</numerusform>
            <numerusform>No contabilizado: %n problemas lo bloquean todavía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting date %1.</source>
        <translation>Fecha contable %1.</translation>
    </message>
    <message>
        <source>the Concur employee %1 (%2)</source>
        <translation>el empleado de Concur %1 (%2)</translation>
    </message>
    <message>
        <source>the Concur vendor %1</source>
        <translation>el proveedor de Concur %1</translation>
    </message>
    <message>
        <source>%1 (not mapped)</source>
        <translation>%1 (sin asignar)</translation>
    </message>
    <message>
        <source>Queued when</source>
        <translation>En cola desde cuándo</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Before this month</source>
        <translation>Antes de este mes</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Importe desde</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation>Importe hasta</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Queued:</source>
        <translation>En co&amp;la:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Already posted to SAP Business One: its journal entry stays there and is not posted again. Retry only sends the write-back to Concur again.</source>
        <translation>Ya contabilizado en SAP Business One: su asiento se queda allí y no se vuelve a contabilizar. Reintentar solo envía de nuevo la confirmación a Concur.</translation>
    </message>
    <message>
        <source>Retry sends the write-back to Concur again; it does not post this entry by itself.</source>
        <translation>Reintentar envía de nuevo la confirmación a Concur; no contabiliza este asiento por sí solo.</translation>
    </message>
    <message numerus="yes">
        <source>Why do you accept Concur&apos;s refusal for %n document(s)? Nothing more is sent to Concur about them; the reason is kept in the audit trail.</source>
        <translation>
            <numerusform>¿Por qué acepta el rechazo de Concur para %n documento? No se envía nada más a Concur sobre él; el motivo se conserva en la pista de auditoría.</numerusform>
            <numerusform>¿Por qué acepta el rechazo de Concur para %n documentos? No se envía nada más a Concur sobre ellos; el motivo se conserva en la pista de auditoría.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewQueueModel</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Expense report</source>
        <translation>Informe de gastos</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n más)</numerusform>
            <numerusform>%1 (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ScheduleSection</name>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>every 15m (the default)</source>
        <translation>every 15m (predeterminado)</translation>
    </message>
    <message>
        <source>Examples: &quot;every 15m&quot;, &quot;every 30m between 08:00-18:00 on mon-fri&quot;, &quot;weekdays at 18:00&quot;, or a cron line such as &quot;0 18 * * 1-5&quot;.</source>
        <translation>Ejemplos: «every 15m», «every 30m between 08:00-18:00 on mon-fri», «weekdays at 18:00», o una línea cron como «0 18 * * 1-5».</translation>
    </message>
    <message>
        <source>Schedule time zone</source>
        <translation>Zona horaria de la programación</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>S&amp;incronizar:</translation>
    </message>
    <message>
        <source>Time zo&amp;ne:</source>
        <translation>Zona &amp;horaria:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Próximas ejecuciones:</translation>
    </message>
    <message>
        <source>Not a schedule: %1</source>
        <translation>No es una programación válida: %1</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>Esta programación nunca se ejecuta.</translation>
    </message>
    <message>
        <source>Runs every few seconds: meant for the sandbox and tests. Use minutes in production.</source>
        <translation>Se ejecuta cada pocos segundos: pensado para el entorno de pruebas y los tests. En producción use minutos.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ServiceConnection</name>
    <message>
        <source>Connecting to the ml-connector service…</source>
        <translation>Conectando con el servicio ml-connector…</translation>
    </message>
    <message>
        <source>The service refused this account. Ask your administrator to add you to the ml-connector operators group.</source>
        <translation>El servicio ha rechazado esta cuenta. Pida a su administrador que le añada al grupo de operadores de ml-connector.</translation>
    </message>
    <message>
        <source>The service is a different version of ml-connector. Install the same version of the tray and the service.</source>
        <translation>El servicio es otra versión de ml-connector. Instale la misma versión de la aplicación de bandeja y del servicio.</translation>
    </message>
    <message>
        <source>Something other than the ml-connector service answers on its pipe, so the tray does not talk to it. Tell your administrator.</source>
        <translation>Algo distinto del servicio ml-connector responde en su canal, así que la aplicación no se comunica con él. Avise a su administrador.</translation>
    </message>
    <message>
        <source>The ml-connector service is not running. Browsing works; actions wait until it is back.</source>
        <translation>El servicio ml-connector no está en marcha. Se puede consultar; las acciones esperan a que vuelva.</translation>
    </message>
    <message>
        <source>The connection to the ml-connector service was lost. Reconnecting…</source>
        <translation>Se ha perdido la conexión con el servicio ml-connector. Reconectando…</translation>
    </message>
</context>
<context>
    <name>mlc::tray::SettingsForm</name>
    <message>
        <source>unknown while the service is not running</source>
        <translation>desconocido mientras el servicio no esté en marcha</translation>
    </message>
    <message>
        <source>stored – type a new value to replace it</source>
        <translation>guardado: escriba un valor nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>aún no definido</translation>
    </message>
</context>
<context>
    <name>mlc::tray::SettingsPage</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>The service is not running. You can look at the settings; they can be changed when the service runs again.</source>
        <translation>El servicio no está en marcha. Puede consultar los ajustes; podrán cambiarse cuando el servicio vuelva a estar en marcha.</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an administrator of this computer can change them, because they decide where documents go and which passwords are used.</source>
        <translation>Puede consultar estos ajustes. Solo un administrador de este equipo puede cambiarlos, porque deciden adónde van los documentos y qué contraseñas se usan.</translation>
    </message>
    <message>
        <source>Changes take effect at the next sync. Passwords and tokens are stored in the system&apos;s credential store and are never shown again.</source>
        <translation>Los cambios se aplican en la próxima sincronización. Las contraseñas y los tokens se guardan en el almacén de credenciales del sistema y no se vuelven a mostrar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>No guardado:
%1</translation>
    </message>
</context>
<context>
    <name>mlc::tray::TrayIcon</name>
    <message>
        <source>&amp;Open ml-connector</source>
        <translation>&amp;Abrir ml-connector</translation>
    </message>
    <message>
        <source>&amp;Run sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>&amp;Pausar la programación</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Quit tray (the service keeps running)</source>
        <translation>&amp;Salir de la bandeja (el servicio sigue en marcha)</translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>El servicio no está en marcha.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>La última sincronización ha fallado.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Schedule paused</source>
        <translation>Programación en pausa</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Próxima sincronización: %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no programada</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for review</source>
        <translation>
            <numerusform>%n documento pendiente de revisión</numerusform>
            <numerusform>%n documentos pendientes de revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>&amp;Reanudar la programación</translation>
    </message>
    <message>
        <source>Documents need your review</source>
        <translation>Hay documentos pendientes de su revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s) could not be posted and wait in the review queue.</source>
        <translation>
            <numerusform>%n documento nuevo no se pudo contabilizar y espera en la cola de revisión.</numerusform>
            <numerusform>%n documentos nuevos no se pudieron contabilizar y esperan en la cola de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronización fallida</translation>
    </message>
    <message>
        <source>The last sync failed; it is retried automatically.</source>
        <translation>La última sincronización ha fallado; se reintenta automáticamente.</translation>
    </message>
</context>
</TS>
