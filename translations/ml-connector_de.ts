<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QComboBox</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Zeitzone dieses Computers (%1)</translation>
    </message>
</context>
<context>
    <name>ReasonLabels</name>
    <message>
        <source>Vendor or employee not mapped</source>
        <translation>Lieferant oder Mitarbeiter nicht zugeordnet</translation>
    </message>
    <message>
        <source>Supplier frozen or not valid in B1</source>
        <translation>Lieferant in B1 gesperrt oder ungültig</translation>
    </message>
    <message>
        <source>G/L account not mapped</source>
        <translation>Sachkonto nicht zugeordnet</translation>
    </message>
    <message>
        <source>Cost center not mapped</source>
        <translation>Kostenstelle nicht zugeordnet</translation>
    </message>
    <message>
        <source>Currency not known in B1</source>
        <translation>Währung in B1 unbekannt</translation>
    </message>
    <message>
        <source>Totals do not reconcile</source>
        <translation>Summen stimmen nicht überein</translation>
    </message>
    <message>
        <source>Lines missing for Concur&apos;s total</source>
        <translation>Zeilen fehlen zur Concur-Summe</translation>
    </message>
    <message>
        <source>Concur sent no total</source>
        <translation>Concur hat keine Summe geliefert</translation>
    </message>
    <message>
        <source>Posting date missing</source>
        <translation>Buchungsdatum fehlt</translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>Datum nicht lesbar</translation>
    </message>
    <message>
        <source>Input tax account not set</source>
        <translation>Vorsteuerkonto nicht festgelegt</translation>
    </message>
    <message>
        <source>Freight account not set</source>
        <translation>Frachtkonto nicht festgelegt</translation>
    </message>
    <message>
        <source>Card clearing account not set</source>
        <translation>Kartenverrechnungskonto nicht festgelegt</translation>
    </message>
    <message>
        <source>Payment type not supported</source>
        <translation>Zahlungsart nicht unterstützt</translation>
    </message>
    <message>
        <source>Personal charge with a positive amount</source>
        <translation>Private Ausgabe mit positivem Betrag</translation>
    </message>
    <message>
        <source>Document incomplete</source>
        <translation>Beleg unvollständig</translation>
    </message>
    <message>
        <source>Changed after posting</source>
        <translation>Nach der Buchung geändert</translation>
    </message>
    <message>
        <source>Setting not valid</source>
        <translation>Einstellung ungültig</translation>
    </message>
    <message>
        <source>Rejected by SAP Business One</source>
        <translation>Von SAP Business One abgelehnt</translation>
    </message>
    <message>
        <source>B1 business partner (CardCode)</source>
        <translation>B1-Geschäftspartner (CardCode)</translation>
    </message>
    <message>
        <source>B1 G/L account</source>
        <translation>B1-Sachkonto</translation>
    </message>
    <message>
        <source>B1 profit center</source>
        <translation>B1-Kostenstelle</translation>
    </message>
    <message>
        <source>B1 currency code</source>
        <translation>B1-Währungscode</translation>
    </message>
    <message>
        <source>the Concur employee %1</source>
        <translation>Concur-Mitarbeiter %1</translation>
    </message>
    <message>
        <source>the Concur vendor %1</source>
        <translation>Concur-Lieferant %1</translation>
    </message>
    <message>
        <source>the Concur account %1</source>
        <translation>Concur-Konto %1</translation>
    </message>
    <message>
        <source>the cost center %1 (dimension %2)</source>
        <translation>Kostenstelle %1 (Dimension %2)</translation>
    </message>
    <message>
        <source>the currency %1</source>
        <translation>Währung %1</translation>
    </message>
    <message>
        <source>Closest matches: %1.</source>
        <translation>Ähnlichste Treffer: %1.</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>employee %1 (%2)</source>
        <translation>Mitarbeiter %1 (%2)</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <source>vendor %1 (%2)</source>
        <translation>Lieferant %1 (%2)</translation>
    </message>
    <message>
        <source>is frozen in B1</source>
        <translation>in B1 gesperrt</translation>
    </message>
    <message>
        <source>is inactive in B1</source>
        <translation>in B1 inaktiv</translation>
    </message>
    <message>
        <source>is not a supplier</source>
        <translation>kein Lieferant</translation>
    </message>
    <message>
        <source>is a control account (B1 refuses manual postings to it)</source>
        <translation>ein Abstimmkonto (B1 lehnt manuelle Buchungen darauf ab)</translation>
    </message>
    <message>
        <source>is a title account (not postable)</source>
        <translation>ein Titelkonto (nicht bebuchbar)</translation>
    </message>
    <message>
        <source>expense entry %1 (%2)</source>
        <translation>Spesenposten %1 (%2)</translation>
    </message>
    <message>
        <source>expense entry %1</source>
        <translation>Spesenposten %1</translation>
    </message>
    <message>
        <source>journal line %1</source>
        <translation>Buchungszeile %1</translation>
    </message>
    <message>
        <source>line item %1 (%2)</source>
        <translation>Position %1 (%2)</translation>
    </message>
    <message>
        <source>line item %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>allocation %1</source>
        <translation>Aufteilung %1</translation>
    </message>
    <message>
        <source>cash advance %1</source>
        <translation>Barvorschuss %1</translation>
    </message>
    <message>
        <source>No supplier found for %1: there is no business partner %2 and no supplier with that name.</source>
        <translation>Kein Lieferant gefunden für %1: Es gibt keinen Geschäftspartner %2 und keinen Lieferanten mit diesem Namen.</translation>
    </message>
    <message>
        <source>No supplier found for %1: the employee ID has %2 characters, more than the %3 a B1 CardCode can hold, and no supplier has that name. Map the employee to a supplier.</source>
        <translation>Kein Lieferant gefunden für %1: Die Personalnummer hat %2 Zeichen, mehr als die %3, die ein B1-CardCode fassen kann, und kein Lieferant hat diesen Namen. Ordnen Sie den Mitarbeiter einem Lieferanten zu.</translation>
    </message>
    <message>
        <source>%1 suppliers match %2 (%3). Choose one.</source>
        <translation>Für %2 kommen %1 Lieferanten in Frage (%3). Wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>No supplier has the tax ID %1 of %2, and the supplier with that name has another tax ID (%3), so it is another creditor. Check the invoice, then map the vendor.</source>
        <translation>Kein Lieferant hat die für %2 angegebene Steuernummer %1, und der Lieferant mit diesem Namen hat eine andere Steuernummer (%3), ist also ein anderer Kreditor. Prüfen Sie die Rechnung und ordnen Sie dann den Lieferanten zu.</translation>
    </message>
    <message>
        <source>No supplier matches %1 or its tax ID %2.</source>
        <translation>Kein Lieferant gefunden für %1 oder dessen Steuernummer %2.</translation>
    </message>
    <message>
        <source>No supplier matches %1.</source>
        <translation>Kein Lieferant gefunden für %1.</translation>
    </message>
    <message>
        <source>%1 is mapped to business partner %2, which does not exist in B1.</source>
        <translation>%1 ist dem Geschäftspartner %2 zugeordnet, den es in B1 nicht gibt.</translation>
    </message>
    <message>
        <source>%1 is mapped to %2 (%3), which %4.</source>
        <translation>%1 ist %2 (%3) zugeordnet; dieser Geschäftspartner ist %4.</translation>
    </message>
    <message>
        <source>The supplier %2 (%3) for %1 %4.</source>
        <translation>Der Lieferant %2 (%3) für %1 ist %4.</translation>
    </message>
    <message>
        <source>The supplier matching %1 is %2 (%3), which %4.</source>
        <translation>Der für %1 gefundene Lieferant ist %2 (%3); er ist %4.</translation>
    </message>
    <message>
        <source>The suppliers matching %1 (%2) are frozen, inactive or not suppliers.</source>
        <translation>Die für %1 gefundenen Lieferanten (%2) sind gesperrt, inaktiv oder keine Lieferanten.</translation>
    </message>
    <message>
        <source>There is no B1 account for the Concur account %1.</source>
        <translation>Es gibt kein B1-Konto für das Concur-Konto %1.</translation>
    </message>
    <message>
        <source>The Concur account %1 is mapped to B1 account %2, which does not exist.</source>
        <translation>Das Concur-Konto %1 ist dem B1-Konto %2 zugeordnet, das es nicht gibt.</translation>
    </message>
    <message>
        <source>The Concur account %1 is mapped to B1 account %2, which %3.</source>
        <translation>Das Concur-Konto %1 ist dem B1-Konto %2 zugeordnet; dieses ist %3.</translation>
    </message>
    <message>
        <source>B1 account %1 %2. Map the Concur account %1 to a postable account.</source>
        <translation>Das B1-Konto %1 ist %2. Ordnen Sie das Concur-Konto %1 einem bebuchbaren Konto zu.</translation>
    </message>
    <message>
        <source>There is no profit center %1 in B1 dimension %2.</source>
        <translation>Es gibt keine Kostenstelle %1 in der B1-Dimension %2.</translation>
    </message>
    <message>
        <source>The profit center %1 (dimension %2) is inactive in B1.</source>
        <translation>Die Kostenstelle %1 (Dimension %2) ist in B1 inaktiv.</translation>
    </message>
    <message>
        <source>The cost center %1 (dimension %2) is mapped to %3, which is not an active profit center of that dimension.</source>
        <translation>Die Kostenstelle %1 (Dimension %2) ist %3 zugeordnet, das keine aktive Kostenstelle dieser Dimension ist.</translation>
    </message>
    <message>
        <source>The currency %1 is not defined in B1 (the local currency is %2). Define it in B1 or map it to a B1 currency.</source>
        <translation>Die Währung %1 ist in B1 nicht definiert (die Hauswährung ist %2). Legen Sie sie in B1 an oder ordnen Sie sie einer B1-Währung zu.</translation>
    </message>
    <message>
        <source>The Concur currency %1 is mapped to %2, which is not a currency in B1.</source>
        <translation>Die Concur-Währung %1 ist %2 zugeordnet, das in B1 keine Währung ist.</translation>
    </message>
    <message>
        <source>The B1 currencies %1 all have the ISO code %2. Map the currency to one of them.</source>
        <translation>Die B1-Währungen %1 haben alle den ISO-Code %2. Ordnen Sie die Währung einer davon zu.</translation>
    </message>
    <message>
        <source>The B1 currency %1 is the ISO currency %2, not Concur&apos;s %1, and no B1 currency has the ISO code %1.</source>
        <translation>Die B1-Währung %1 ist die ISO-Währung %2, nicht das %1 von Concur, und keine B1-Währung hat den ISO-Code %1.</translation>
    </message>
    <message>
        <source>input tax account</source>
        <translation>Vorsteuerkonto</translation>
    </message>
    <message>
        <source>freight account</source>
        <translation>Frachtkonto</translation>
    </message>
    <message>
        <source>clearing account for the card %1</source>
        <translation>Verrechnungskonto für die Karte %1</translation>
    </message>
    <message>
        <source>clearing account for payee %1</source>
        <translation>Verrechnungskonto für Zahlungsempfänger %1</translation>
    </message>
    <message>
        <source>No %1 is set (setting %2).</source>
        <translation>Kein %1 festgelegt (Einstellung %2).</translation>
    </message>
    <message>
        <source>The %1 %2 (setting %3) does not exist in B1.</source>
        <translation>Das %1 %2 (Einstellung %3) existiert in B1 nicht.</translation>
    </message>
    <message>
        <source>The %1 %2 (setting %3) %4.</source>
        <translation>Das %1 %2 (Einstellung %3) ist %4.</translation>
    </message>
    <message>
        <source>approved total of the report</source>
        <translation>die genehmigte Summe der Abrechnung</translation>
    </message>
    <message>
        <source>amount due to the employee</source>
        <translation>der dem Mitarbeiter geschuldete Betrag</translation>
    </message>
    <message>
        <source>request total</source>
        <translation>die Summe der Anforderung</translation>
    </message>
    <message>
        <source>Totals do not reconcile: the lines add up to %1, but Concur&apos;s %2 is %3 (difference %4, tolerance %5).</source>
        <translation>Summen stimmen nicht überein: Die Zeilen ergeben %1, aber laut Concur beträgt %2 %3 (Differenz %4, Toleranz %5).</translation>
    </message>
    <message>
        <source>Expense entries without journal lines: %1.</source>
        <translation>Spesenposten ohne Buchungszeilen: %1.</translation>
    </message>
    <message>
        <source>The report has no expense entries, so nothing would be posted. Check it in Concur (skip it here if that is right).</source>
        <translation>Die Abrechnung hat keine Spesenposten, es würde also nichts gebucht. Prüfen Sie sie in Concur (und überspringen Sie sie hier, wenn das stimmt).</translation>
    </message>
    <message>
        <source>Nothing would be posted, but not every entry is personal (entries without journal lines: %1). Check the report in Concur (skip it here if nothing is owed).</source>
        <translation>Es würde nichts gebucht, aber nicht jeder Posten ist privat (Posten ohne Buchungszeilen: %1). Prüfen Sie die Abrechnung in Concur (und überspringen Sie sie hier, wenn nichts geschuldet wird).</translation>
    </message>
    <message>
        <source>Nothing would be posted, but not every entry is personal (their journal lines are zero). Check the report in Concur (skip it here if nothing is owed).</source>
        <translation>Es würde nichts gebucht, aber nicht jeder Posten ist privat (ihre Buchungszeilen sind null). Prüfen Sie die Abrechnung in Concur (und überspringen Sie sie hier, wenn nichts geschuldet wird).</translation>
    </message>
    <message>
        <source>The payment request has no line item amounts, so nothing would be posted (request total %1). Check it in Concur (skip it here if that is right).</source>
        <translation>Die Zahlungsanforderung hat keine Positionsbeträge, es würde also nichts gebucht (Summe der Anforderung %1). Prüfen Sie sie in Concur (und überspringen Sie sie hier, wenn das stimmt).</translation>
    </message>
    <message>
        <source>Concur sent neither the report&apos;s approved total nor the amount due to the employee, so the journal lines cannot be checked against Concur&apos;s own figures.</source>
        <translation>Concur hat weder die genehmigte Summe der Abrechnung noch den dem Mitarbeiter geschuldeten Betrag geliefert, daher lassen sich die Buchungszeilen nicht mit den Zahlen von Concur abgleichen.</translation>
    </message>
    <message>
        <source>Concur sent no total for the payment request, so its lines cannot be checked against Concur&apos;s own figure.</source>
        <translation>Concur hat keine Summe für die Zahlungsanforderung geliefert, daher lassen sich ihre Zeilen nicht mit der Zahl von Concur abgleichen.</translation>
    </message>
    <message>
        <source>Concur sent no %1 (%2) for this report, so its posting date is unknown. Have the report corrected in Concur, or choose another posting date in the settings and retry it.</source>
        <translation>Concur hat für diese Abrechnung kein %1 (%2) geliefert, daher ist ihr Buchungsdatum unbekannt. Lassen Sie die Abrechnung in Concur korrigieren oder wählen Sie in den Einstellungen ein anderes Buchungsdatum und prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>submit date</source>
        <translation>Einreichungsdatum</translation>
    </message>
    <message>
        <source>payment-processing date</source>
        <translation>Zahlungsverarbeitungsdatum</translation>
    </message>
    <message>
        <source>The payment request has no invoice date.</source>
        <translation>Die Zahlungsanforderung hat kein Rechnungsdatum.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date.</source>
        <translation>Das Feld %1 („%2“) ist kein Datum.</translation>
    </message>
    <message>
        <source>The system&apos;s time zone is unknown, so the posting date cannot be determined. Set %1 to the company&apos;s time zone (for example Europe/Berlin).</source>
        <translation>Die Zeitzone des Systems ist unbekannt, daher lässt sich das Buchungsdatum nicht bestimmen. Setzen Sie %1 auf die Zeitzone der Firma (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <source>The company time zone &quot;%1&quot; (setting %2) is not a known time zone, so the posting date cannot be determined. Use a name such as Europe/Berlin.</source>
        <translation>Die Zeitzone der Firma „%1“ (Einstellung %2) ist keine bekannte Zeitzone, daher lässt sich das Buchungsdatum nicht bestimmen. Verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The payer/payee combination %1 → %2 of %3 is not supported.</source>
        <translation>Die Kombination Zahler/Empfänger %1 → %2 in %3 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Concur sent no %1 in this document.</source>
        <translation>Concur hat das Feld %1 in diesem Beleg nicht geliefert.</translation>
    </message>
    <message>
        <source>Concur sent no %1 in %2.</source>
        <translation>Concur hat das Feld %1 in %2 nicht geliefert.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number.</source>
        <translation>Das Feld %1 („%2“) ist keine Zahl.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; in %3 is not a number.</source>
        <translation>Das Feld %1 („%2“) in %3 ist keine Zahl.</translation>
    </message>
    <message>
        <source>The %1 in this document has an unexpected form.</source>
        <translation>Das Feld %1 in diesem Beleg hat eine unerwartete Form.</translation>
    </message>
    <message>
        <source>The %1 in %2 has an unexpected form.</source>
        <translation>Das Feld %1 in %2 hat eine unerwartete Form.</translation>
    </message>
    <message>
        <source>The document has no %1 block.</source>
        <translation>Der Beleg hat keinen Block %1.</translation>
    </message>
    <message>
        <source>The document type %1 is not supported (only expense reports and invoices post).</source>
        <translation>Die Belegart %1 wird nicht unterstützt (nur Spesenabrechnungen und Rechnungen werden gebucht).</translation>
    </message>
    <message>
        <source>The Concur document is incomplete: its report or request ID, key or revision is missing.</source>
        <translation>Der Concur-Beleg ist unvollständig: Abrechnungs- oder Anforderungs-ID, Schlüssel oder Revision fehlen.</translation>
    </message>
    <message>
        <source>The Concur document could not be read: %1</source>
        <translation>Der Concur-Beleg konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Changed after posting: revision %1 arrived, but revision %2 is already journal entry %3 in B1.</source>
        <translation>Nach der Buchung geändert: Revision %1 ist eingetroffen, aber Revision %2 ist in B1 bereits Buchung %3.</translation>
    </message>
    <message>
        <source>Revisions %1 and %2 of this document cannot be put in order, so either could be the current one. Skip the revision that must not post, then retry the other.</source>
        <translation>Die Revisionen %1 und %2 dieses Belegs lassen sich nicht ordnen, jede könnte die aktuelle sein. Überspringen Sie die Revision, die nicht gebucht werden darf, und prüfen Sie dann die andere erneut.</translation>
    </message>
    <message>
        <source>SAP Business One rejected the entry: %1</source>
        <translation>SAP Business One hat die Buchung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Internal error: the built entry does not balance (debit %1, credit %2). Please report this.</source>
        <translation>Interner Fehler: Die erstellte Buchung ist nicht ausgeglichen (Soll %1, Haben %2). Bitte melden Sie das.</translation>
    </message>
    <message>
        <source>Revisions cannot be ordered</source>
        <translation>Revisionen nicht sortierbar</translation>
    </message>
    <message>
        <source>Internal error: entry does not balance</source>
        <translation>Interner Fehler: Buchung nicht ausgeglichen</translation>
    </message>
    <message>
        <source>In %1 the company pays, but no payee is named.</source>
        <translation>In %1 zahlt die Firma, aber es ist kein Zahlungsempfänger angegeben.</translation>
    </message>
    <message>
        <source>In %1 a personal charge the employee owes (payee %2) has a positive amount %3. Concur sends these charges as negative amounts, so booking it would be a guess; check the report in Concur.</source>
        <translation>In %1 hat eine private Ausgabe, die der Mitarbeiter schuldet (Empfänger %2), den positiven Betrag %3. Concur sendet solche Ausgaben als negative Beträge, eine Buchung wäre also geraten; prüfen Sie die Abrechnung in Concur.</translation>
    </message>
    <message>
        <source>Refused by Concur</source>
        <translation>Von Concur abgelehnt</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>Concur refused the acknowledgement of this document: %1 (Concur code %2).</source>
        <translation>Concur hat die Empfangsbestätigung für diesen Beleg abgelehnt: %1 (Concur-Code %2).</translation>
    </message>
    <message>
        <source>Concur refused the posting confirmation of this document: %1 (Concur code %2).</source>
        <translation>Concur hat die Buchungsbestätigung für diesen Beleg abgelehnt: %1 (Concur-Code %2).</translation>
    </message>
    <message>
        <source>Concur refused the payment confirmation of this reimbursement: %1 (Concur code %2).</source>
        <translation>Concur hat die Zahlungsbestätigung für diese Erstattung abgelehnt: %1 (Concur-Code %2).</translation>
    </message>
    <message>
        <source>Its journal entry stays in SAP Business One and is not posted again. Retry sends it to Concur again at the next sync; Skip accepts Concur&apos;s answer.</source>
        <translation>Seine Buchung bleibt in SAP Business One und wird nicht erneut gebucht. „Erneut prüfen“ sendet die Meldung bei der nächsten Synchronisierung noch einmal an Concur; „Überspringen“ akzeptiert die Antwort von Concur.</translation>
    </message>
    <message>
        <source>Retry sends it to Concur again at the next sync; Skip accepts Concur&apos;s answer (a document not yet in SAP Business One is then skipped).</source>
        <translation>„Erneut prüfen“ sendet die Meldung bei der nächsten Synchronisierung noch einmal an Concur; „Überspringen“ akzeptiert die Antwort von Concur (ein Beleg, der noch nicht in SAP Business One ist, wird dann übersprungen).</translation>
    </message>
</context>
<context>
    <name>WriteBackLevels</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Acknowledge documents</source>
        <translation>Empfang bestätigen</translation>
    </message>
    <message>
        <source>Confirm postings</source>
        <translation>Buchungen bestätigen</translation>
    </message>
    <message>
        <source>Confirm postings and payments</source>
        <translation>Buchungen und Zahlungen bestätigen</translation>
    </message>
    <message>
        <source>Sends nothing to Concur: ml-connector only signs in and reads approved documents, so Concur is never changed.</source>
        <translation>Sendet nichts an Concur: ml-connector meldet sich nur an und liest genehmigte Belege, Concur wird also nie verändert.</translation>
    </message>
    <message>
        <source>Acknowledges each document once ml-connector has recorded it, so it leaves Concur&apos;s list of documents ready to export and every sync stays quick.</source>
        <translation>Bestätigt Concur den Empfang jedes Belegs, sobald ml-connector ihn erfasst hat, sodass er aus der Liste der exportbereiten Belege in Concur verschwindet und jede Synchronisierung schnell bleibt.</translation>
    </message>
    <message>
        <source>Acknowledges each document and tells Concur whether it was posted to SAP Business One (with the journal entry number and posting date) or will not be; Concur Expense Pay reimburses only reports confirmed as posted.</source>
        <translation>Bestätigt den Empfang jedes Belegs und meldet Concur, ob er in SAP Business One gebucht wurde (mit Buchungsnummer und Buchungsdatum) oder nicht gebucht wird; Concur Expense Pay erstattet nur Abrechnungen, deren Buchung bestätigt ist.</translation>
    </message>
    <message>
        <source>Acknowledges and confirms each document and also tells Concur when an employee&apos;s reimbursement has been paid, once a person marks it paid (expense reports only).</source>
        <translation>Bestätigt Empfang und Buchung jedes Belegs und meldet Concur außerdem, dass die Erstattung an einen Mitarbeiter bezahlt wurde, sobald jemand sie als bezahlt markiert (nur Spesenabrechnungen).</translation>
    </message>
    <message>
        <source>A level this version of the tray does not know; the service decides what it sends.</source>
        <translation>Eine Stufe, die diese Version der Tray-Anwendung nicht kennt; der Dienst entscheidet, was er sendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) acknowledged</source>
        <translation>
            <numerusform>Empfang von %n Beleg bestätigt</numerusform>
            <numerusform>Empfang von %n Belegen bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) confirmed</source>
        <translation>
            <numerusform>%n Zahlung bestätigt</numerusform>
            <numerusform>%n Zahlungen bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf den Versand</numerusform>
            <numerusform>%n warten auf den Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by Concur (in the review queue)</source>
        <translation>
            <numerusform>%n von Concur abgelehnt (in der Prüfliste)</numerusform>
            <numerusform>%n von Concur abgelehnt (in der Prüfliste)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posting outcome(s) confirmed</source>
        <translation>
            <numerusform>%n Buchungsergebnis bestätigt</numerusform>
            <numerusform>%n Buchungsergebnisse bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged: Concur knows that ml-connector has recorded the document. Posting outcome confirmed: Concur has been told whether the document was posted to SAP Business One or will not be. Payment confirmed: Concur has been told that the reimbursement was paid. Waiting: sent at the next sync. Refused: Concur did not accept it; the document waits in the review queue.</source>
        <translation>Empfang bestätigt: Concur weiß, dass ml-connector den Beleg erfasst hat. Buchungsergebnis bestätigt: Concur weiß, ob der Beleg in SAP Business One gebucht wurde oder nicht gebucht wird. Zahlung bestätigt: Concur weiß, dass die Erstattung bezahlt wurde. Wartet: wird bei der nächsten Synchronisierung gesendet. Abgelehnt: Concur hat die Meldung nicht angenommen; der Beleg wartet in der Prüfliste.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The ml-connector tray and configurator.</source>
        <translation>Das ml-connector-Symbol im Infobereich und die Konfiguration.</translation>
    </message>
    <message>
        <source>The service&apos;s data directory.</source>
        <translation>Das Datenverzeichnis des Dienstes.</translation>
    </message>
    <message>
        <source>The service&apos;s pipe.</source>
        <translation>Die Pipe des Dienstes.</translation>
    </message>
    <message>
        <source>Start in the notification area only.</source>
        <translation>Nur im Infobereich starten.</translation>
    </message>
    <message>
        <source>Save a picture of every page into this folder, then quit.</source>
        <translation>Ein Bild jeder Seite in diesem Ordner speichern, dann beenden.</translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>The connector&apos;s data cannot be opened in %1.

%2</source>
        <translation>Die Daten des Connectors in %1 können nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>The page to open: overview, review, mappings, audit or settings.</source>
        <translation>Die zu öffnende Seite: overview, review, mappings, audit oder settings.</translation>
    </message>
    <message>
        <source>The language for this start: en, de, fr or es (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Die Sprache für diesen Start: en, de, fr oder es (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Unknown language %1; available: en, de, fr, es.</source>
        <translation>Unbekannte Sprache %1; verfügbar: en, de, fr, es.</translation>
    </message>
</context>
<context>
    <name>mlc::cli</name>
    <message>
        <source>Data directory (isolates instances).</source>
        <translation>Datenverzeichnis (trennt Instanzen).</translation>
    </message>
    <message>
        <source>Secret store.</source>
        <translation>Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Why (for review skip).</source>
        <translation>Begründung (für review skip).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>run: in the foreground (console mode).</source>
        <translation>run: im Vordergrund (Konsolenmodus).</translation>
    </message>
    <message>
        <source>run: pipe / socket name.</source>
        <translation>run: Name der Pipe / des Sockets.</translation>
    </message>
    <message>
        <source>run: under the Windows service manager.</source>
        <translation>run: unter dem Windows-Dienststeuerungs-Manager.</translation>
    </message>
    <message>
        <source>Windows service name.</source>
        <translation>Name des Windows-Dienstes.</translation>
    </message>
    <message>
        <source>install: the service account.</source>
        <translation>install: das Dienstkonto.</translation>
    </message>
    <message>
        <source>install: start the service.</source>
        <translation>install: den Dienst starten.</translation>
    </message>
    <message>
        <source>Work on the database directly, even when a service runs.</source>
        <translation>Direkt auf der Datenbank arbeiten, auch wenn ein Dienst läuft.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot use the secret store %1: %2</source>
        <translation>Der Geheimnisspeicher %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Another ml-connector (pid %1) is working on this data directory: a running service or sync. Two engines on one ledger could post an entry twice, so this one does not start. Run the command without --local to act through the service, or stop it first.</source>
        <translation>Ein anderer ml-connector (PID %1) arbeitet in diesem Datenverzeichnis: ein laufender Dienst oder eine Synchronisierung. Zwei Instanzen auf einem Belegbestand könnten eine Buchung doppelt erzeugen, deshalb startet diese nicht. Führen Sie den Befehl ohne --local aus, um über den Dienst zu arbeiten, oder beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in the data directory.</source>
        <translation>Die Sperrdatei im Datenverzeichnis kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Audit trail intact.</source>
        <translation>Prüfpfad intakt.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry %1: it was changed after it was written.</source>
        <translation>Prüfpfad BESCHÄDIGT bei Eintrag %1: er wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>usage: audit show [KEY] | verify | export [FILE]</source>
        <translation>Aufruf: audit show [KEY] | verify | export [FILE]</translation>
    </message>
    <message>
        <source>ml-connector: %1 changed, so the secrets bound to the old endpoint were removed: %2. Set them again for the new one (ml-connector secret set NAME).</source>
        <translation>ml-connector: %1 wurde geändert, daher wurden die an den alten Endpunkt gebundenen Geheimnisse entfernt: %2. Setzen Sie sie für den neuen erneut (ml-connector secret set NAME).</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>usage: config list | get KEY | set KEY VALUE | unset KEY</source>
        <translation>Aufruf: config list | get KEY | set KEY VALUE | unset KEY</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set (onboarded)</source>
        <translation>gesetzt (eingerichtet)</translation>
    </message>
    <message>
        <source>not set (onboarding pending)</source>
        <translation>nicht gesetzt (Einrichtung ausstehend)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secret store: %1</source>
        <translation>Geheimnisspeicher: %1</translation>
    </message>
    <message>
        <source>Unknown secret %1. Known: concur-client-secret, concur-request-token, b1-password.</source>
        <translation>Unbekanntes Geheimnis %1. Bekannt: concur-client-secret, concur-request-token, b1-password.</translation>
    </message>
    <message>
        <source>No secret on standard input.</source>
        <translation>Kein Geheimnis auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 saved in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>usage: secret set NAME  (value on standard input) | secret status</source>
        <translation>Aufruf: secret set NAME  (Wert auf der Standardeingabe) | secret status</translation>
    </message>
    <message>
        <source>Mapping saved; queued documents will be re-evaluated next cycle (%1).</source>
        <translation>Zuordnung gespeichert; wartende Belege werden im nächsten Lauf neu bewertet (%1).</translation>
    </message>
    <message>
        <source>Mapping %1 %2 -&gt; %3 saved. Re-evaluated queued documents: %4 posted, %5 still in review.</source>
        <translation>Zuordnung %1 %2 -&gt; %3 gespeichert. Wartende Belege neu bewertet: %4 gebucht, %5 noch in Prüfung.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Mapping kind must be vendor, account, costcenter or currency.</source>
        <translation>Die Art der Zuordnung muss vendor, account, costcenter oder currency sein.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Skipped row with unknown kind &apos;%1&apos;.</source>
        <translation>Zeile mit unbekannter Art „%1“ übersprungen.</translation>
    </message>
    <message>
        <source>No document %1 in the ledger.</source>
        <translation>Kein Beleg %1 im Belegbestand.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for review.</source>
        <translation>
            <numerusform>%n Beleg wartet auf Prüfung.</numerusform>
            <numerusform>%n Belege warten auf Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document: %1
Title: %2
State: %3
Amount: %4 %5
</source>
        <translation>Beleg: %1
Titel: %2
Status: %3
Betrag: %4 %5
</translation>
    </message>
    <message>
        <source> [fix: %1]</source>
        <translation> [Lösung: %1]</translation>
    </message>
    <message>
        <source> candidates: %1</source>
        <translation> Kandidaten: %1</translation>
    </message>
    <message>
        <source>%1 skipped.</source>
        <translation>%1 übersprungen.</translation>
    </message>
    <message>
        <source>%1 has no mapping to fix; see &apos;review show %1&apos;.</source>
        <translation>%1 hat keine zu korrigierende Zuordnung; siehe „review show %1“.</translation>
    </message>
    <message>
        <source>Cannot open the data directory %1: %2</source>
        <translation>Das Datenverzeichnis %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The service cannot start: %1</source>
        <translation>Der Dienst kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The daily Concur token refresh failed: %1. Without a refresh the Concur connection lapses; check it with `ml-connector test-connections`.</source>
        <translation>Die tägliche Erneuerung des Concur-Tokens ist fehlgeschlagen: %1. Ohne Erneuerung verfällt die Concur-Verbindung; prüfen Sie sie mit `ml-connector test-connections`.</translation>
    </message>
    <message>
        <source>ml-connector %1, data directory %2, schedule &quot;%3&quot;, next run %4.</source>
        <translation>ml-connector %1, Datenverzeichnis %2, Zeitplan „%3“, nächster Lauf %4.</translation>
    </message>
    <message>
        <source>ml-connector service running (console); press Ctrl+C to stop.</source>
        <translation>ml-connector-Dienst läuft (Konsole); Strg+C beendet ihn.</translation>
    </message>
    <message numerus="yes">
        <source>after %n cycle(s).</source>
        <translation>
            <numerusform>nach %n Lauf.</numerusform>
            <numerusform>nach %n Läufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one host: ml-connector run --console (foreground) or run --service (Windows service manager).</source>
        <translation>Wählen Sie eine Ausführungsart: ml-connector run --console (Vordergrund) oder run --service (Windows-Dienststeuerungs-Manager).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Installed the service %1 (automatic, delayed start; restarts after failures).</source>
        <translation>Dienst %1 installiert (automatisch, verzögerter Start; Neustart nach Fehlern).</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Befehlszeile: %1</translation>
    </message>
    <message>
        <source>Event Viewer: Windows Logs &gt; Application, source %1.</source>
        <translation>Ereignisanzeige: Windows-Protokolle &gt; Anwendung, Quelle %1.</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Gestartet.</translation>
    </message>
    <message>
        <source>Start it with: sc start %1</source>
        <translation>Starten mit: sc start %1</translation>
    </message>
    <message>
        <source>Sync cycle %1 -&gt; %2</source>
        <translation>Synchronisierungslauf %1 -&gt; %2</translation>
    </message>
    <message>
        <source>fetched from Concur</source>
        <translation>aus Concur abgerufen</translation>
    </message>
    <message>
        <source>posted to B1</source>
        <translation>in B1 gebucht</translation>
    </message>
    <message>
        <source>found already in B1</source>
        <translation>bereits in B1 vorhanden</translation>
    </message>
    <message>
        <source>queued for review</source>
        <translation>zur Prüfung eingereiht</translation>
    </message>
    <message>
        <source>still in review</source>
        <translation>noch in Prüfung</translation>
    </message>
    <message>
        <source>already done earlier</source>
        <translation>bereits früher erledigt</translation>
    </message>
    <message>
        <source>nothing to post</source>
        <translation>nichts zu buchen</translation>
    </message>
    <message>
        <source>superseded by a newer revision</source>
        <translation>durch eine neuere Revision ersetzt</translation>
    </message>
    <message>
        <source>failed, will retry</source>
        <translation>fehlgeschlagen, wird wiederholt</translation>
    </message>
    <message>
        <source>outcome unknown, will look up</source>
        <translation>Ergebnis unbekannt, wird nachgeschlagen</translation>
    </message>
    <message>
        <source>B1 logins</source>
        <translation>B1-Anmeldungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>JdtNum</source>
        <translation>JdtNum</translation>
    </message>
    <message>
        <source>... and %1 more documents (see audit show)</source>
        <translation>... und %1 weitere Belege (siehe audit show)</translation>
    </message>
    <message>
        <source>note: the page limit per cycle (concur/maxPagesPerCycle) was reached for %1; the next cycle reads on from there.</source>
        <translation>Hinweis: Die Seitengrenze pro Lauf (concur/maxPagesPerCycle) wurde für %1 erreicht; der nächste Lauf liest dort weiter.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Not configured yet: set %1 (ml-connector config set KEY VALUE).</source>
        <translation>Noch nicht eingerichtet: setzen Sie %1 (ml-connector config set KEY VALUE).</translation>
    </message>
    <message>
        <source>b1/serviceRoot is not a valid URL.</source>
        <translation>b1/serviceRoot ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The service is running a sync cycle; waiting for it to finish...</source>
        <translation>Der Dienst führt gerade einen Synchronisierungslauf aus; warte auf dessen Ende...</translation>
    </message>
    <message>
        <source>ml-connector: the service uses the new connection setting after its next restart.</source>
        <translation>ml-connector: Der Dienst verwendet die neue Verbindungseinstellung nach seinem nächsten Neustart.</translation>
    </message>
    <message>
        <source>ml-connector: %1; working on the database directly.</source>
        <translation>ml-connector: %1; arbeite direkt auf der Datenbank.</translation>
    </message>
    <message>
        <source>--local given</source>
        <translation>--local angegeben</translation>
    </message>
    <message>
        <source>no service answers on %1</source>
        <translation>kein Dienst antwortet auf %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>ml-connector: refusing the pipe %1: %2 Use --local to work on the database directly.</source>
        <translation>ml-connector: Pipe %1 abgelehnt: %2 Mit --local arbeiten Sie direkt auf der Datenbank.</translation>
    </message>
    <message>
        <source>ml-connector: the service on %1 refused the connection: %2 (use --local to work on the database directly).</source>
        <translation>ml-connector: Der Dienst auf %1 hat die Verbindung abgelehnt: %2 (mit --local arbeiten Sie direkt auf der Datenbank).</translation>
    </message>
    <message>
        <source>the service on %1 did not report its status (%2)</source>
        <translation>der Dienst auf %1 hat seinen Status nicht gemeldet (%2)</translation>
    </message>
    <message>
        <source>the service on %1 serves another data directory</source>
        <translation>der Dienst auf %1 bedient ein anderes Datenverzeichnis</translation>
    </message>
    <message>
        <source>ml-connector: acting through the running service (%1) as %2.</source>
        <translation>ml-connector: arbeite über den laufenden Dienst (%1) als %2.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>%1. Check the credentials with `ml-connector test-connections`.</source>
        <translation>%1. Prüfen Sie die Zugangsdaten mit `ml-connector test-connections`.</translation>
    </message>
    <message>
        <source>%1 document(s) failed and will be retried; %2 with an unknown outcome will be looked up in SAP Business One before anything is posted again. Details: ml-connector audit show.</source>
        <translation>%1 Beleg(e) fehlgeschlagen, sie werden erneut versucht; %2 mit unbekanntem Ergebnis werden in SAP Business One nachgeschlagen, bevor erneut gebucht wird. Details: ml-connector audit show.</translation>
    </message>
    <message>
        <source>%1 new document(s) need a decision in the review queue (ml-connector review list).</source>
        <translation>%1 neue(r) Beleg(e) brauchen eine Entscheidung in der Prüfliste (ml-connector review list).</translation>
    </message>
    <message>
        <source>%1 cycle: fetched %2, posted %3, recovered %4, to review %5, failed %6, pending %7%8.</source>
        <translation>Lauf %1: abgerufen %2, gebucht %3, wiedergefunden %4, zur Prüfung %5, fehlgeschlagen %6, ausstehend %7%8.</translation>
    </message>
    <message numerus="yes">
        <source>(The same happened %n more time(s) since %1.)</source>
        <translation>
            <numerusform>(Dasselbe ist seit %1 noch %n Mal passiert.)</numerusform>
            <numerusform>(Dasselbe ist seit %1 noch %n Mal passiert.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the command from an elevated (administrator) prompt.</source>
        <translation>Führen Sie den Befehl in einer Eingabeaufforderung mit Administratorrechten aus.</translation>
    </message>
    <message>
        <source>Cannot open %1 to make Administrators its owner. Run install from an elevated prompt, or remove the data directory and run install again.</source>
        <translation>%1 kann nicht geöffnet werden, um Administratoren zum Besitzer zu machen. Führen Sie install mit Administratorrechten aus oder entfernen Sie das Datenverzeichnis und führen Sie install erneut aus.</translation>
    </message>
    <message>
        <source>Cannot read what %1 is.</source>
        <translation>Es kann nicht gelesen werden, was %1 ist.</translation>
    </message>
    <message>
        <source>%1 is a junction or symbolic link. The data directory must hold only real files and folders: remove it and run install again.</source>
        <translation>%1 ist eine Verzeichnisverbindung oder ein symbolischer Link. Das Datenverzeichnis darf nur echte Dateien und Ordner enthalten: entfernen Sie ihn und führen Sie install erneut aus.</translation>
    </message>
    <message>
        <source>%1 is a hard link to a file elsewhere. Remove it and run install again.</source>
        <translation>%1 ist ein fester Link auf eine Datei an anderer Stelle. Entfernen Sie ihn und führen Sie install erneut aus.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot build the data directory&apos;s permissions.</source>
        <translation>Die Berechtigungen des Datenverzeichnisses können nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot make Administrators the owner of %1 (created by another account). Run install from an elevated prompt, or remove the data directory and run install again.</source>
        <translation>Administratoren können nicht zum Besitzer von %1 gemacht werden (von einem anderen Konto angelegt). Führen Sie install mit Administratorrechten aus oder entfernen Sie das Datenverzeichnis und führen Sie install erneut aus.</translation>
    </message>
    <message>
        <source>Cannot list %1.</source>
        <translation>%1 kann nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The account %1 was not found; only SYSTEM and Administrators can use the data directory.</source>
        <translation>Das Konto %1 wurde nicht gefunden; nur SYSTEM und Administratoren können das Datenverzeichnis verwenden.</translation>
    </message>
    <message>
        <source>The operators group %1 does not exist yet; create it and run install again so that its members can read the data directory.</source>
        <translation>Die Bedienergruppe %1 existiert noch nicht; legen Sie sie an und führen Sie install erneut aus, damit ihre Mitglieder das Datenverzeichnis lesen können.</translation>
    </message>
    <message>
        <source>Cannot open the Windows service manager.</source>
        <translation>Der Windows-Dienststeuerungs-Manager kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>ml-connector (SAP Concur to SAP Business One)</source>
        <translation>ml-connector (SAP Concur nach SAP Business One)</translation>
    </message>
    <message>
        <source>ml-connector %1 (SAP Concur to SAP Business One)</source>
        <translation>ml-connector %1 (SAP Concur nach SAP Business One)</translation>
    </message>
    <message>
        <source>A service named %1 already exists; run `ml-connector uninstall` first.</source>
        <translation>Ein Dienst namens %1 existiert bereits; führen Sie zuerst `ml-connector uninstall` aus.</translation>
    </message>
    <message>
        <source>Cannot create the service %1.</source>
        <translation>Der Dienst %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Posts approved SAP Concur expense reports and invoices to SAP Business One as journal entries. Logs to the Application event log (source %1).</source>
        <translation>Bucht genehmigte SAP-Concur-Spesenabrechnungen und -Rechnungen als Journalbuchungen in SAP Business One. Protokolliert im Anwendungs-Ereignisprotokoll (Quelle %1).</translation>
    </message>
    <message>
        <source>Cannot set the service description.</source>
        <translation>Die Dienstbeschreibung kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>This service manager does not support %1; it was skipped.</source>
        <translation>Dieser Dienststeuerungs-Manager unterstützt %1 nicht; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>Cannot set %1.</source>
        <translation>%1 kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>a delayed automatic start</source>
        <translation>einen verzögerten automatischen Start</translation>
    </message>
    <message>
        <source>restart-on-failure actions</source>
        <translation>Neustart-Aktionen bei Fehlern</translation>
    </message>
    <message>
        <source>restarts after an error exit</source>
        <translation>Neustarts nach einem Fehler-Exit</translation>
    </message>
    <message>
        <source>the preshutdown timeout</source>
        <translation>die Wartezeit vor dem Herunterfahren</translation>
    </message>
    <message>
        <source>The service was installed but did not start.</source>
        <translation>Der Dienst wurde installiert, ist aber nicht gestartet.</translation>
    </message>
    <message>
        <source>No service named %1 is installed.</source>
        <translation>Kein Dienst namens %1 ist installiert.</translation>
    </message>
    <message>
        <source>Cannot open the service %1.</source>
        <translation>Der Dienst %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot stop the service %1.</source>
        <translation>Der Dienst %1 kann nicht beendet werden.</translation>
    </message>
    <message>
        <source>The service %1 did not stop within %2 seconds; it was not removed.</source>
        <translation>Der Dienst %1 wurde nicht innerhalb von %2 Sekunden beendet; er wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Cannot delete the service %1.</source>
        <translation>Der Dienst %1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>run --service is the Windows service host. On Linux, systemd runs `ml-connector run --console` (see service/systemd/ml-connector.service).</source>
        <translation>run --service ist der Host für den Windows-Dienst. Unter Linux führt systemd `ml-connector run --console` aus (siehe service/systemd/ml-connector.service).</translation>
    </message>
    <message>
        <source>run --service must be started by the Windows service manager (sc start / services.msc). To run in this window use: ml-connector run --console</source>
        <translation>run --service muss vom Windows-Dienststeuerungs-Manager gestartet werden (sc start / services.msc). Zum Ausführen in diesem Fenster: ml-connector run --console</translation>
    </message>
    <message>
        <source>Cannot connect to the Windows service manager (Windows error %1).</source>
        <translation>Keine Verbindung zum Windows-Dienststeuerungs-Manager (Windows-Fehler %1).</translation>
    </message>
    <message>
        <source>review show: the journal entry preview.</source>
        <translation>review show: die Vorschau der Buchung.</translation>
    </message>
    <message>
        <source>install: configure the service the MSI registered.</source>
        <translation>install: den vom MSI registrierten Dienst einrichten.</translation>
    </message>
    <message>
        <source>uninstall: also delete the data directory and secrets.</source>
        <translation>uninstall: auch das Datenverzeichnis und die Geheimnisse löschen.</translation>
    </message>
    <message>
        <source>There is no %1 mapping for %2.</source>
        <translation>Es gibt keine Zuordnung der Art %1 für %2.</translation>
    </message>
    <message>
        <source>Mapping %1 %2 deleted; queued documents will be re-evaluated next cycle (%3).</source>
        <translation>Zuordnung %1 %2 gelöscht; wartende Belege werden im nächsten Lauf neu bewertet (%3).</translation>
    </message>
    <message>
        <source>Mapping %1 %2 -&gt; %3 deleted. Re-evaluated queued documents: %4 posted, %5 still in review.</source>
        <translation>Zuordnung %1 %2 -&gt; %3 gelöscht. Wartende Belege neu bewertet: %4 gebucht, %5 noch in Prüfung.</translation>
    </message>
    <message>
        <source>does not exist in B1</source>
        <translation>existiert nicht in B1</translation>
    </message>
    <message>
        <source>is frozen in B1</source>
        <translation>ist in B1 gesperrt</translation>
    </message>
    <message>
        <source>is inactive in B1</source>
        <translation>ist in B1 inaktiv</translation>
    </message>
    <message>
        <source>is not a supplier</source>
        <translation>ist kein Lieferant</translation>
    </message>
    <message>
        <source>is a title account (not postable)</source>
        <translation>ist ein Titelkonto (nicht bebuchbar)</translation>
    </message>
    <message>
        <source>is a control account</source>
        <translation>ist ein Abstimmkonto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 mapping(s) checked against B1, %2 with a target that cannot be used.</source>
        <translation>%1 Zuordnung(en) gegen B1 geprüft, %2 mit einem unbrauchbaren Ziel.</translation>
    </message>
    <message>
        <source>usage: mappings list [KIND] | set KIND SOURCE TARGET | delete KIND SOURCE | check [KIND] | import FILE | export [FILE]</source>
        <translation>Aufruf: mappings list [KIND] | set KIND SOURCE TARGET | delete KIND SOURCE | check [KIND] | import FILE | export [FILE]</translation>
    </message>
    <message>
        <source>Journal entry preview - NOT POSTED (built now from the current mappings and B1 master data)</source>
        <translation>Vorschau der Buchung - NICHT GEBUCHT (jetzt aus den aktuellen Zuordnungen und B1-Stammdaten erstellt)</translation>
    </message>
    <message>
        <source>Document: %1
Title: %2
State: %3
</source>
        <translation>Beleg: %1
Titel: %2
Status: %3
</translation>
    </message>
    <message>
        <source>Reference date: %1  Memo: %2  Reference: %3  Reference3: %4</source>
        <translation>Belegdatum: %1  Memo: %2  Referenz: %3  Reference3: %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Zeilentext</translation>
    </message>
    <message>
        <source>Balanced: yes</source>
        <translation>Ausgeglichen: ja</translation>
    </message>
    <message>
        <source>Balanced: NO (difference %1)</source>
        <translation>Ausgeglichen: NEIN (Differenz %1)</translation>
    </message>
    <message>
        <source>Partial: some lines cannot be built until the problems below are fixed.</source>
        <translation>Unvollständig: einige Zeilen lassen sich erst erstellen, wenn die Probleme unten behoben sind.</translation>
    </message>
    <message>
        <source>Would post now: yes (retry the document to post it).</source>
        <translation>Würde jetzt buchen: ja (prüfen Sie den Beleg erneut, um ihn zu buchen).</translation>
    </message>
    <message>
        <source>Would post now: nothing to post.</source>
        <translation>Würde jetzt buchen: nichts zu buchen.</translation>
    </message>
    <message>
        <source>Would post now: no. Still blocked by:</source>
        <translation>Würde jetzt buchen: nein. Noch blockiert durch:</translation>
    </message>
    <message>
        <source>Configured the service %1 registered by the installer (delayed start, restarts after failures, preshutdown, data directory %2).</source>
        <translation>Den vom Installationsprogramm registrierten Dienst %1 eingerichtet (verzögerter Start, Neustart nach Fehlern, Vorab-Herunterfahren, Datenverzeichnis %2).</translation>
    </message>
    <message>
        <source>Removed the service %1 and its Event Log source.</source>
        <translation>Dienst %1 und seine Ereignisprotokoll-Quelle entfernt.</translation>
    </message>
    <message>
        <source>The data directory is kept.</source>
        <translation>Das Datenverzeichnis bleibt erhalten.</translation>
    </message>
    <message>
        <source>warning: secret %1 not removed: %2</source>
        <translation>Warnung: Geheimnis %1 nicht entfernt: %2</translation>
    </message>
    <message>
        <source>warning: secret store %1: %2</source>
        <translation>Warnung: Geheimnisspeicher %1: %2</translation>
    </message>
    <message>
        <source>Removed the data directory %1 and the stored secrets.</source>
        <translation>Das Datenverzeichnis %1 und die gespeicherten Geheimnisse wurden entfernt.</translation>
    </message>
    <message>
        <source>install / uninstall register the Windows service. On Linux install the systemd unit: the .deb package installs the systemd unit, the user and /var/lib/ml-connector; then sudo systemctl enable --now ml-connector (see README, &quot;Install on Linux&quot;).</source>
        <translation>install / uninstall registrieren den Windows-Dienst. Unter Linux installieren Sie die systemd-Unit: das .deb-Paket installiert die systemd-Unit, den Benutzer und /var/lib/ml-connector; danach sudo systemctl enable --now ml-connector (siehe README, „Install on Linux“).</translation>
    </message>
    <message>
        <source>ml-connector operators: may use the tray and read the connector&apos;s data.</source>
        <translation>ml-connector-Bediener: dürfen die Tray-Anwendung verwenden und die Daten des Connectors lesen.</translation>
    </message>
    <message>
        <source>Cannot create the local group %1.</source>
        <translation>Die lokale Gruppe %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the service %1 to configure it.</source>
        <translation>Der Dienst %1 kann zum Einrichten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The service was configured but did not start.</source>
        <translation>Der Dienst wurde eingerichtet, ist aber nicht gestartet.</translation>
    </message>
    <message>
        <source>%1 is not a data directory; nothing was removed.</source>
        <translation>%1 ist kein Datenverzeichnis; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>%1 is a junction or symbolic link; nothing was removed.</source>
        <translation>%1 ist eine Verzeichnisverbindung oder ein symbolischer Link; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>%1 holds no ml-connector.db; it does not look like ml-connector&apos;s data directory, so nothing was removed.</source>
        <translation>%1 enthält keine ml-connector.db; es sieht nicht wie das Datenverzeichnis von ml-connector aus, daher wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove all of %1 (a file in use?).</source>
        <translation>%1 kann nicht vollständig entfernt werden (eine Datei in Benutzung?).</translation>
    </message>
    <message>
        <source>Cannot set the service&apos;s command line.</source>
        <translation>Die Befehlszeile des Dienstes kann nicht gesetzt werden.</translation>
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
        <translation>Aufruf: ml-connector [--data-dir DIR] [--secrets SPEC] [--pipe NAME] [--local] &lt;Befehl&gt; [Argumente]

Befehle:
  sync [--json]                        einen Synchronisierungslauf ausführen und eine Zusammenfassung ausgeben
  test-connections [--json]            die Verbindung zu Concur und SAP Business One prüfen
  config list | get KEY | set KEY VALUE | unset KEY
                                       nicht geheime Einstellungen (Endpunkte, Firmendatenbank,
                                       Konten, Dimensionsquellen, angeheftetes Zertifikat)
  secret set NAME                      ein Geheimnis von der Standardeingabe in den Schlüsselbund lesen
                                       NAME: concur-client-secret | concur-request-token | b1-password
  secret status                        welche Geheimnisse gesetzt sind (nie ihre Werte)
  mappings list [KIND]                 KIND: vendor | account | costcenter | currency
  mappings set KIND SOURCE TARGET      explizite Zuordnung; gibt die wartenden Belege frei, die sie blockiert hat
  mappings delete KIND SOURCE          eine Zuordnung entfernen (protokolliert); die Regeln entscheiden wieder
  mappings check [KIND] [--json]       Zuordnungen, deren B1-Ziel fehlt, gesperrt oder inaktiv ist
  mappings import FILE | export [FILE] CSV: kind,source,target,origin
  review list [--json]                 Belege, die auf eine Entscheidung warten
  review show KEY                      ein wartender Beleg mit seinen Gründen
  review show KEY --preview [--json]   die Buchung, die er jetzt erzeugen würde (es wird nichts gebucht)
  review map KEY TARGET                das erste Hindernis des Belegs TARGET zuordnen und erneut versuchen
  review retry KEY                     einen wartenden Beleg jetzt neu bewerten
  review skip KEY --reason TEXT        einen Beleg endgültig aus der Prüfliste nehmen
  review paid KEY REFERENCE DATE [AMOUNT] [--method E|C]
                                       eine bezahlte Erstattung (Rückmeldestufe confirm-and-pay):
                                       die Zahlungsbestätigung an Concur beim nächsten Lauf
  audit show [KEY] | verify | export [FILE]
  run --console [--pipe NAME]          der Dienst im Vordergrund bis Strg+C/SIGTERM
  run --service [--name NAME]          (Windows) der Dienst unter dem Dienststeuerungs-Manager
  install [--name NAME] [--account A] [--start]
                                       (Windows, als Administrator) den Dienst registrieren:
                                       verzögerter automatischer Start, Neustart bei Fehlern,
                                       Ereignisprotokoll-Quelle; verwendet --data-dir/--secrets/--pipe
  install --existing                   (ruft das MSI auf) den Dienst einrichten, den der Windows
                                       Installer registriert hat, wie install es täte
  uninstall [--name NAME] [--remove-data]
                                       den Dienst und seine Ereignisprotokoll-Quelle beenden und entfernen;
                                       --remove-data löscht auch das Datenverzeichnis und die
                                       Geheimnisse in --secrets (Standard: sie bleiben erhalten)

Client-Modus: Antwortet ein Dienst auf seiner Pipe (--pipe NAME, Standard ml-connector) für
dasselbe Datenverzeichnis, laufen sync, test-connections, review show --preview/map/retry/skip/paid,
mappings set/delete/check/import, config set/unset und secret set über ihn;
--local arbeitet direkt auf der Datenbank.

Geheimnisse SPEC: keychain:SERVICE (Standard keychain:ml-connector), file:PATH (Datei mit 0600,
für Server ohne Desktop), memory.
Exit-Codes: 0 OK, 1 Aufruf, 2 Konfiguration, 3 Verbindung/Anmeldung,
4 Lauf mit Fehlern, 5 Daten (nicht gefunden, ungültiger Zustand, Prüfkette gebrochen), 10 intern.
</translation>
    </message>
    <message>
        <source>review paid: E (transfer) or C (cheque).</source>
        <translation>review paid: E (Überweisung) oder C (Scheck).</translation>
    </message>
    <message>
        <source>usage: review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]</source>
        <translation>Aufruf: review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]</translation>
    </message>
    <message>
        <source>%1 marked paid; Concur is told at the next cycle.</source>
        <translation>%1 als bezahlt markiert; Concur erfährt es beim nächsten Lauf.</translation>
    </message>
    <message>
        <source>Written back to Concur</source>
        <translation>An Concur gemeldet</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>Empfang bestätigt</translation>
    </message>
    <message>
        <source>posting confirmed</source>
        <translation>Buchung bestätigt</translation>
    </message>
    <message>
        <source>payment confirmed</source>
        <translation>Zahlung bestätigt</translation>
    </message>
    <message>
        <source>refused by Concur (in review)</source>
        <translation>von Concur abgelehnt (in der Prüfliste)</translation>
    </message>
    <message>
        <source>not answered, will retry</source>
        <translation>keine Antwort, wird wiederholt</translation>
    </message>
</context>
<context>
    <name>mlc::logging</name>
    <message>
        <source>Cannot register the Event Log source %1.</source>
        <translation>Die Ereignisprotokoll-Quelle %1 kann nicht registriert werden.</translation>
    </message>
    <message>
        <source>Cannot remove the Event Log source %1.</source>
        <translation>Die Ereignisprotokoll-Quelle %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>mlc::service::ServiceCore</name>
    <message>
        <source>The service core is already started.</source>
        <translation>Der Dienstkern ist bereits gestartet.</translation>
    </message>
    <message>
        <source>The service is stopping.</source>
        <translation>Der Dienst wird beendet.</translation>
    </message>
    <message>
        <source>A sync cycle is writing; try again when it has finished.</source>
        <translation>Ein Synchronisierungslauf schreibt gerade; versuchen Sie es nach seinem Ende erneut.</translation>
    </message>
    <message>
        <source>Unknown method %1.</source>
        <translation>Unbekannte Methode %1.</translation>
    </message>
    <message>
        <source>review.list: &quot;after&quot; must be the &quot;next&quot; of the previous page.</source>
        <translation>review.list: „after“ muss das „next“ der vorigen Seite sein.</translation>
    </message>
    <message>
        <source>review.skip needs a key and a reason.</source>
        <translation>review.skip braucht einen Schlüssel und eine Begründung.</translation>
    </message>
    <message>
        <source>A sync cycle is running; try again when it has finished.</source>
        <translation>Ein Synchronisierungslauf läuft; versuchen Sie es nach seinem Ende erneut.</translation>
    </message>
    <message>
        <source>mappings.set needs kind (vendor, account, costcenter, currency), source and target.</source>
        <translation>mappings.set braucht Art (vendor, account, costcenter, currency), Quelle und Ziel.</translation>
    </message>
    <message>
        <source>settings.set needs a key and a string value.</source>
        <translation>settings.set braucht einen Schlüssel und einen Textwert.</translation>
    </message>
    <message>
        <source>The schedule runs a cycle every %1 seconds, and every cycle calls Concur and SAP Business One. Seconds are meant for the sandbox and tests; use minutes (&quot;every 15m&quot;) in production.</source>
        <translation>Der Zeitplan startet alle %1 Sekunden einen Lauf, und jeder Lauf ruft Concur und SAP Business One auf. Sekunden sind für die Sandbox und Tests gedacht; verwenden Sie im Betrieb Minuten („every 15m“).</translation>
    </message>
    <message>
        <source>Unknown secret %1 (concur-client-secret, concur-request-token, b1-password).</source>
        <translation>Unbekanntes Geheimnis %1 (concur-client-secret, concur-request-token, b1-password).</translation>
    </message>
    <message>
        <source>secrets.set needs a non-empty value.</source>
        <translation>secrets.set braucht einen nicht leeren Wert.</translation>
    </message>
    <message>
        <source>review.resolve needs a key and a target.</source>
        <translation>review.resolve braucht einen Schlüssel und ein Ziel.</translation>
    </message>
    <message>
        <source>No document %1 in the ledger.</source>
        <translation>Kein Beleg %1 im Belegbestand.</translation>
    </message>
    <message>
        <source>Document %1 is %2; only queued documents can be resolved.</source>
        <translation>Beleg %1 ist %2; nur wartende Belege können geklärt werden.</translation>
    </message>
    <message>
        <source>%1 is not a mapping that blocks %2.</source>
        <translation>%1 ist keine Zuordnung, die %2 blockiert.</translation>
    </message>
    <message>
        <source>%1 has no mapping to fix; see &apos;review show %1&apos;.</source>
        <translation>%1 hat keine zu korrigierende Zuordnung; siehe „review show %1“.</translation>
    </message>
    <message>
        <source>review.retry needs a key.</source>
        <translation>review.retry braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>review.preview needs a key.</source>
        <translation>review.preview braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>masterdata.search needs a kind (vendor, account, costcenter, currency) or a blocker.</source>
        <translation>masterdata.search braucht eine Art (vendor, account, costcenter, currency) oder ein Hindernis.</translation>
    </message>
    <message>
        <source>mappings.delete needs kind (vendor, account, costcenter, currency) and source.</source>
        <translation>mappings.delete braucht Art (vendor, account, costcenter, currency) und Quelle.</translation>
    </message>
    <message>
        <source>There is no %1 mapping for %2.</source>
        <translation>Es gibt keine Zuordnung der Art %1 für %2.</translation>
    </message>
    <message>
        <source>payments.mark needs a key, a reference and a date.</source>
        <translation>payments.mark braucht einen Schlüssel, eine Referenz und ein Datum.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::AuditModel</name>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>mlc::tray::AuditPage</name>
    <message>
        <source>Search document, user, action or detail</source>
        <translation>Beleg, Benutzer, Aktion oder Details suchen</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Prüfpfad durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Integrität prüfen</translation>
    </message>
    <message>
        <source>Recompute the chain of fingerprints: any altered, removed or reordered entry is found.</source>
        <translation>Die Kette der Fingerabdrücke neu berechnen: jeder veränderte, entfernte oder umsortierte Eintrag wird gefunden.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Save the whole audit trail as a CSV file for Excel.</source>
        <translation>Den gesamten Prüfpfad als CSV-Datei für Excel speichern.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was altered, removed or reordered.</source>
        <translation>Der Prüfpfad ist intakt: kein Eintrag wurde verändert, entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>The audit trail was altered: entry %1 (or the one before it) does not match its fingerprint. Tell your administrator and keep a copy of the data directory.</source>
        <translation>Der Prüfpfad wurde verändert: Eintrag %1 (oder der davor) passt nicht zu seinem Fingerabdruck. Informieren Sie Ihren Administrator und bewahren Sie eine Kopie des Datenverzeichnisses auf.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfpfad exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The audit trail was saved to %1.</source>
        <translation>Der Prüfpfad wurde in %1 gespeichert.</translation>
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
        <translation>Adresse des Service Layer</translation>
    </message>
    <message>
        <source>Company database</source>
        <translation>Firmendatenbank</translation>
    </message>
    <message>
        <source>e.g. SBODEMOUS</source>
        <translation>z. B. SBODEMOUS</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>a Service Layer user, e.g. manager</source>
        <translation>ein Service-Layer-Benutzer, z. B. manager</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des vertrauenswürdigen Zertifikats (SHA-256)</translation>
    </message>
    <message>
        <source>none: the certificate must come from a trusted authority</source>
        <translation>keiner: das Zertifikat muss von einer vertrauenswürdigen Stelle stammen</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Service &amp;Layer address:</source>
        <translation>Adresse des Service &amp;Layer:</translation>
    </message>
    <message>
        <source>Company &amp;database:</source>
        <translation>Firmen&amp;datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Certificate (S&amp;HA-256):</source>
        <translation>Zertifikat (S&amp;HA-256):</translation>
    </message>
    <message>
        <source>Save to trust this certificate, then test again.</source>
        <translation>Speichern Sie, um diesem Zertifikat zu vertrauen, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Connected to company %1 (Service Layer %2).</source>
        <translation>Verbunden mit der Firma %1 (Service Layer %2).</translation>
    </message>
    <message>
        <source>The server presented a certificate with the SHA-256 fingerprint
%1
Compare it with the certificate on the SAP Business One server before you trust it.</source>
        <translation>Der Server hat ein Zertifikat mit dem SHA-256-Fingerabdruck
%1
vorgelegt. Vergleichen Sie ihn mit dem Zertifikat auf dem SAP-Business-One-Server, bevor Sie ihm vertrauen.</translation>
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
        <translation>Concur-Adresse</translation>
    </message>
    <message>
        <source>Global (recommended) – glz.api.concursolutions.com</source>
        <translation>Global (empfohlen) – glz.api.concursolutions.com</translation>
    </message>
    <message>
        <source>North America – us2.api.concursolutions.com</source>
        <translation>Nordamerika – us2.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Europe – eu2.api.concursolutions.com</source>
        <translation>Europa – eu2.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Asia Pacific – apj1.api.concursolutions.com</source>
        <translation>Asien-Pazifik – apj1.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>the company UUID from Concur</source>
        <translation>die Firmen-UUID aus Concur</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Company request token</source>
        <translation>Firmen-Anforderungstoken</translation>
    </message>
    <message>
        <source>Concur &amp;address:</source>
        <translation>Concur-&amp;Adresse:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation>F&amp;irmen-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Company re&amp;quest token:</source>
        <translation>Firmen-Anforderungs&amp;token:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Connected to the company (the request token has been exchanged).</source>
        <translation>Mit der Firma verbunden (das Anforderungstoken wurde eingetauscht).</translation>
    </message>
    <message>
        <source>Not connected yet: the service exchanges the request token at its first sync or test.</source>
        <translation>Noch nicht verbunden: der Dienst tauscht das Anforderungstoken bei seiner ersten Synchronisierung oder seinem ersten Test ein.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. %n expense report(s) are ready to read.</source>
        <translation>
            <numerusform>Verbunden mit %1. %n Spesenabrechnung ist zum Lesen bereit.</numerusform>
            <numerusform>Verbunden mit %1. %n Spesenabrechnungen sind zum Lesen bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed now; a new token connects the company again</source>
        <translation>jetzt nicht nötig; ein neues Token verbindet die Firma erneut</translation>
    </message>
    <message>
        <source>Write-back to Concur</source>
        <translation>Rückmeldung an Concur</translation>
    </message>
    <message>
        <source>Write-back t&amp;o Concur:</source>
        <translation>&amp;Rückmeldung an Concur:</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ConnectionSection</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Save your changes first: the test uses the saved settings.</source>
        <translation>Speichern Sie zuerst Ihre Änderungen: der Test verwendet die gespeicherten Einstellungen.</translation>
    </message>
    <message>
        <source>The service connects with the saved settings and reports what it found.</source>
        <translation>Der Dienst verbindet sich mit den gespeicherten Einstellungen und meldet, was er gefunden hat.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
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
        <translation>ml-connector einrichten</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>&amp;Später einrichten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>SAP Business One</source>
        <translation>SAP Business One</translation>
    </message>
    <message>
        <source>Where the Service Layer runs and which user posts the journal entries. After going on, come back and test the connection if you like.</source>
        <translation>Wo der Service Layer läuft und welcher Benutzer die Journalbuchungen erstellt. Nach dem Weitergehen können Sie zurückkommen und die Verbindung testen.</translation>
    </message>
    <message>
        <source>SAP Concur</source>
        <translation>SAP Concur</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>The accounts and the posting date rules.</source>
        <translation>Die Konten und die Regeln für das Buchungsdatum.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When the connector looks for approved documents.</source>
        <translation>Wann der Connector nach genehmigten Belegen sucht.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The settings are saved. The first sync runs on the schedule; use &quot;Run sync now&quot; on the Overview to start it at once. Documents that cannot be matched to a supplier, account or cost center wait in the review queue.</source>
        <translation>Die Einstellungen sind gespeichert. Die erste Synchronisierung läuft nach Zeitplan; mit „Jetzt synchronisieren“ in der Übersicht starten Sie sie sofort. Belege, die keinem Lieferanten, Konto oder keiner Kostenstelle zugeordnet werden können, warten in der Prüfliste.</translation>
    </message>
    <message>
        <source>ml-connector copies approved expense reports and invoices from SAP Concur into SAP Business One as journal entries. It changes nothing in Concur unless you choose to write back to Concur in the SAP Concur step.

These steps connect it to both systems and decide how documents post. Each step is saved when you go on; everything can be changed later under Settings.</source>
        <translation>ml-connector überträgt genehmigte Spesenabrechnungen und Rechnungen aus SAP Concur als Journalbuchungen nach SAP Business One. In Concur ändert er nichts, es sei denn, Sie wählen im Schritt SAP Concur eine Rückmeldung an Concur.

Diese Schritte verbinden ihn mit beiden Systemen und legen fest, wie Belege gebucht werden. Jeder Schritt wird beim Weitergehen gespeichert; alles lässt sich später unter Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The app&apos;s credentials from Concur, the company request token your Concur administrator generated, and what ml-connector may write back to Concur.</source>
        <translation>Die Zugangsdaten der App aus Concur, das Firmen-Anforderungstoken, das Ihr Concur-Administrator erzeugt hat, und was ml-connector an Concur zurückmelden darf.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of this window</source>
        <translation>Sprache dieses Fensters</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Saved for you. The new language shows the next time the tray starts.</source>
        <translation>Für Sie gespeichert. Die neue Sprache erscheint beim nächsten Start der Tray-Anwendung.</translation>
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
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Connected to the service as an administrator.</source>
        <translation>Mit dem Dienst als Administrator verbunden.</translation>
    </message>
    <message>
        <source>Connected to the service.</source>
        <translation>Mit dem Dienst verbunden.</translation>
    </message>
    <message>
        <source>Showing the state saved when the service stopped.</source>
        <translation>Angezeigt wird der Stand beim Beenden des Dienstes.</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>Prüfliste (%1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>About ml-connector</source>
        <translation>Über ml-connector</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Versions and the data folder (F1)</source>
        <translation>Versionen und Datenordner (F1)</translation>
    </message>
    <message>
        <source>The service is running, version %1.</source>
        <translation>Der Dienst läuft, Version %1.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ml-connector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copies approved SAP Concur expense reports and invoices into SAP Business One as journal entries. It never changes anything in Concur.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Data folder: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ml-connector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Überträgt genehmigte SAP-Concur-Spesenabrechnungen und -Rechnungen als Journalbuchungen nach SAP Business One. In Concur ändert er nie etwas.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Datenordner: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingDialog</name>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>e.g. employee:12345AB, 6999, 1:21-KING or USD</source>
        <translation>z. B. employee:12345AB, 6999, 1:21-KING oder USD</translation>
    </message>
    <message>
        <source>the code in SAP Business One</source>
        <translation>der Code in SAP Business One</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Concur value:</source>
        <translation>&amp;Concur-Wert:</translation>
    </message>
    <message>
        <source>&amp;B1 code:</source>
        <translation>&amp;B1-Code:</translation>
    </message>
    <message>
        <source>&amp;Find in B1…</source>
        <translation>In B1 s&amp;uchen…</translation>
    </message>
    <message>
        <source>Search SAP Business One for the code.</source>
        <translation>Den Code in SAP Business One suchen.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingsModel</name>
    <message>
        <source>Vendor / employee</source>
        <translation>Lieferant / Mitarbeiter</translation>
    </message>
    <message>
        <source>G/L account</source>
        <translation>Sachkonto</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>von einer Person festgelegt</translation>
    </message>
    <message>
        <source>automatic: same code in B1</source>
        <translation>automatisch: gleicher Code in B1</translation>
    </message>
    <message>
        <source>automatic: same tax ID</source>
        <translation>automatisch: gleiche Steuernummer</translation>
    </message>
    <message>
        <source>automatic: same name</source>
        <translation>automatisch: gleicher Name</translation>
    </message>
    <message>
        <source>automatic: employee ID</source>
        <translation>automatisch: Personalnummer</translation>
    </message>
    <message>
        <source>automatic: ISO currency code</source>
        <translation>automatisch: ISO-Währungscode</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Concur value</source>
        <translation>Concur-Wert</translation>
    </message>
    <message>
        <source>B1 code</source>
        <translation>B1-Code</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingsPage</name>
    <message>
        <source>Kind of mapping</source>
        <translation>Art der Zuordnung</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Search Concur value or B1 code</source>
        <translation>Concur-Wert oder B1-Code suchen</translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation>Zuordnungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Map a Concur value to a B1 code.</source>
        <translation>Einen Concur-Wert einem B1-Code zuordnen.</translation>
    </message>
    <message>
        <source>Read mappings from a CSV file (kind,source,target).</source>
        <translation>Zuordnungen aus einer CSV-Datei lesen (kind,source,target).</translation>
    </message>
    <message>
        <source>Save the mappings shown as a CSV file for Excel.</source>
        <translation>Die angezeigten Zuordnungen als CSV-Datei für Excel speichern.</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>die Zuordnung</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Speichere %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n mapping(s)). Documents that waited for them were checked again.</source>
        <translation>
            <numerusform>Gespeichert: %1 (%n Zuordnung). Belege, die darauf gewartet haben, wurden erneut geprüft.</numerusform>
            <numerusform>Gespeichert: %1 (%n Zuordnungen). Belege, die darauf gewartet haben, wurden erneut geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some mappings were not saved:
%1</source>
        <translation>Einige Zuordnungen wurden nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Zuordnungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a mappings file: %2</source>
        <translation>%1 ist keine Zuordnungsdatei: %2</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Zuordnungen exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) saved to %1.</source>
        <translation>
            <numerusform>%n Zuordnung in %1 gespeichert.</numerusform>
            <numerusform>%n Zuordnungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code does not exist in SAP Business One any more.</source>
        <translation>Diesen Code gibt es in SAP Business One nicht mehr.</translation>
    </message>
    <message>
        <source>This code is frozen in SAP Business One.</source>
        <translation>Dieser Code ist in SAP Business One gesperrt.</translation>
    </message>
    <message>
        <source>This code is inactive in SAP Business One.</source>
        <translation>Dieser Code ist in SAP Business One inaktiv.</translation>
    </message>
    <message>
        <source>This business partner is not a supplier.</source>
        <translation>Dieser Geschäftspartner ist kein Lieferant.</translation>
    </message>
    <message>
        <source>This is a title account: nothing can be posted to it.</source>
        <translation>Dies ist ein Titelkonto: darauf kann nichts gebucht werden.</translation>
    </message>
    <message>
        <source>This is a control account: B1 refuses manual postings to it.</source>
        <translation>Dies ist ein Abstimmkonto: B1 lehnt manuelle Buchungen darauf ab.</translation>
    </message>
    <message>
        <source>Documents that use this mapping wait in review until it is changed or deleted.</source>
        <translation>Belege mit dieser Zuordnung warten in der Prüfliste, bis sie geändert oder gelöscht wird.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Double-click a mapping or press Enter to change it, Delete to remove it. Saving a mapping posts the documents that waited for it.</source>
        <translation>Doppelklicken Sie auf eine Zuordnung oder drücken Sie die Eingabetaste, um sie zu ändern, Entf, um sie zu löschen. Beim Speichern werden die Belege gebucht, die auf sie gewartet haben.</translation>
    </message>
    <message>
        <source>The mappings could not be checked against SAP Business One: %1</source>
        <translation>Die Zuordnungen konnten nicht gegen SAP Business One geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n mapping(s) point to a code that is missing, frozen or inactive in SAP Business One. Hover over the warning for details; change or delete them.</source>
        <translation>
            <numerusform>⚠ %n Zuordnung verweist auf einen Code, der in SAP Business One fehlt, gesperrt oder inaktiv ist. Details zeigt die Warnung beim Darüberfahren; ändern oder löschen Sie sie.</numerusform>
            <numerusform>⚠ %n Zuordnungen verweisen auf einen Code, der in SAP Business One fehlt, gesperrt oder inaktiv ist. Details zeigt die Warnung beim Darüberfahren; ändern oder löschen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Zuordnung löschen</translation>
    </message>
    <message>
        <source>Delete the mapping of %1 %2 to %3?

Entries already posted are not changed. New documents with %2 are matched by the automatic rules again, or wait in review.</source>
        <translation>Die Zuordnung von %1 %2 zu %3 löschen?

Bereits gebuchte Buchungen bleiben unverändert. Neue Belege mit %2 werden wieder nach den automatischen Regeln zugeordnet oder warten in der Prüfliste.</translation>
    </message>
    <message>
        <source>Deleting the mapping…</source>
        <translation>Lösche die Zuordnung…</translation>
    </message>
    <message>
        <source>The mapping was not deleted: %1</source>
        <translation>Die Zuordnung wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted the mapping of %1 %2 (it was %3).</source>
        <translation>Zuordnung von %1 %2 gelöscht (sie war %3).</translation>
    </message>
    <message>
        <source>Remove the selected mapping (kept in the audit trail).</source>
        <translation>Die ausgewählte Zuordnung entfernen (bleibt im Prüfpfad festgehalten).</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MasterDataPicker</name>
    <message>
        <source>Choose in SAP Business One</source>
        <translation>In SAP Business One auswählen</translation>
    </message>
    <message>
        <source>Type part of the code or name</source>
        <translation>Teil des Codes oder Namens eingeben</translation>
    </message>
    <message>
        <source>Search SAP Business One</source>
        <translation>SAP Business One durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Matches in SAP Business One</source>
        <translation>Treffer in SAP Business One</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Warum vorgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Choose the B1 supplier (business partner) for %1.</source>
        <translation>Wählen Sie den B1-Lieferanten (Geschäftspartner) für %1.</translation>
    </message>
    <message>
        <source>Choose the B1 G/L account for %1.</source>
        <translation>Wählen Sie das B1-Sachkonto für %1.</translation>
    </message>
    <message>
        <source>Choose the B1 profit center for %1.</source>
        <translation>Wählen Sie die B1-Kostenstelle für %1.</translation>
    </message>
    <message>
        <source>Choose the B1 currency for %1.</source>
        <translation>Wählen Sie die B1-Währung für %1.</translation>
    </message>
    <message>
        <source>Searching SAP Business One…</source>
        <translation>Durchsuche SAP Business One…</translation>
    </message>
    <message>
        <source>No queued document waits for this mapping.</source>
        <translation>Kein wartender Beleg braucht diese Zuordnung.</translation>
    </message>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s)</source>
        <translation>
            <numerusform>Was Sie auch wählen, das Speichern gibt %n wartenden Beleg frei</numerusform>
            <numerusform>Was Sie auch wählen, das Speichern gibt %n wartende Belege frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them post at once; the others still wait for something else).</source>
        <translation>
            <numerusform>(%n davon wird sofort gebucht; die anderen warten noch auf etwas anderes).</numerusform>
            <numerusform>(%n davon werden sofort gebucht; die anderen warten noch auf etwas anderes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Similar name (%1%)</source>
        <translation>Ähnlicher Name (%1 %)</translation>
    </message>
    <message>
        <source>%1 (dimension %2)</source>
        <translation>%1 (Dimension %2)</translation>
    </message>
    <message numerus="yes">
        <source>Mapping to %1 releases %n waiting document(s).</source>
        <translation>
            <numerusform>Die Zuordnung zu %1 gibt %n wartenden Beleg frei.</numerusform>
            <numerusform>Die Zuordnung zu %1 gibt %n wartende Belege frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>SAP Business One has nothing usable of this kind.</source>
        <translation>SAP Business One hat nichts Verwendbares dieser Art.</translation>
    </message>
    <message>
        <source>Nothing in SAP Business One matches &quot;%1&quot;.</source>
        <translation>Nichts in SAP Business One passt zu „%1“.</translation>
    </message>
    <message>
        <source>Showing the best %1 of %2 matches; type more to narrow them down.</source>
        <translation>Angezeigt werden die besten %1 von %2 Treffern; tippen Sie weiter, um sie einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Press Enter to choose the selected one.</source>
        <translation>
            <numerusform>%n Treffer. Die Eingabetaste übernimmt den ausgewählten.</numerusform>
            <numerusform>%n Treffer. Die Eingabetaste übernimmt den ausgewählten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s); nothing else holds them, so they post at once.</source>
        <translation>
            <numerusform>Was Sie auch wählen, das Speichern gibt %n wartenden Beleg frei; nichts anderes hält ihn auf, er wird also sofort gebucht.</numerusform>
            <numerusform>Was Sie auch wählen, das Speichern gibt %n wartende Belege frei; nichts anderes hält sie auf, sie werden also sofort gebucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::OverviewPage</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation>Nächste Synchronisierung:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Posted today:</source>
        <translation>Heute gebucht:</translation>
    </message>
    <message>
        <source>Posted this month:</source>
        <translation>In diesem Monat gebucht:</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>Warten auf Prüfung:</translation>
    </message>
    <message>
        <source>Failed, retried automatically:</source>
        <translation>Fehlgeschlagen, automatische Wiederholung:</translation>
    </message>
    <message>
        <source>Awaiting confirmation from B1:</source>
        <translation>Warten auf Bestätigung durch B1:</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Letzte Synchronisierungen</translation>
    </message>
    <message>
        <source>&amp;Run sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Zeitplan &amp;anhalten</translation>
    </message>
    <message>
        <source>Open the review &amp;queue</source>
        <translation>&amp;Prüfliste öffnen</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>unknown while the service is not running</source>
        <translation>unbekannt, solange der Dienst nicht läuft</translation>
    </message>
    <message>
        <source>Syncing now</source>
        <translation>Synchronisiert gerade</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>letzte Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>Zeitplan &amp;fortsetzen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Es lief noch keine Synchronisierung.</translation>
    </message>
    <message>
        <source>The connector&apos;s database could not be read: %1</source>
        <translation>Die Datenbank des Connectors konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sync started…</source>
        <translation>Synchronisierung gestartet…</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisierung beendet.</translation>
    </message>
    <message>
        <source>Posted per day (last two weeks)</source>
        <translation>Gebucht pro Tag (letzte zwei Wochen)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
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
        <translation>Verbindungen &amp;testen</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>noch nicht getestet</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>connected (tested %1)</source>
        <translation>verbunden (getestet %1)</translation>
    </message>
    <message>
        <source>fetched %1, posted %2, found in B1 %3, to review %4, failed %5, pending %6</source>
        <translation>abgerufen %1, gebucht %2, in B1 gefunden %3, zur Prüfung %4, fehlgeschlagen %5, ausstehend %6</translation>
    </message>
    <message>
        <source> (stopped early by a stop request)</source>
        <translation> (vorzeitig beendet durch eine Stopp-Anforderung)</translation>
    </message>
    <message>
        <source> (page limit reached: the rest is read in the next sync)</source>
        <translation> (Seitengrenze erreicht: der Rest wird bei der nächsten Synchronisierung gelesen)</translation>
    </message>
    <message>
        <source>Write-back to Concur:</source>
        <translation>Rückmeldung an Concur:</translation>
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
        <translation>Gebuchte Belege pro Tag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing posted in the last %n day(s).</source>
        <translation>
            <numerusform>Nichts gebucht seit %n Tag.</numerusform>
            <numerusform>Nichts gebucht seit %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) posted</source>
        <translation>
            <numerusform>%1: %n Beleg gebucht</numerusform>
            <numerusform>%1: %n Belege gebucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::PostingSection</name>
    <message>
        <source>Posting</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>G/L account code in SAP Business One</source>
        <translation>Sachkontonummer in SAP Business One</translation>
    </message>
    <message>
        <source>Input &amp;tax account:</source>
        <translation>&amp;Vorsteuerkonto:</translation>
    </message>
    <message>
        <source>Input tax account</source>
        <translation>Vorsteuerkonto</translation>
    </message>
    <message>
        <source>&amp;Freight account:</source>
        <translation>&amp;Frachtkonto:</translation>
    </message>
    <message>
        <source>Freight account</source>
        <translation>Frachtkonto</translation>
    </message>
    <message>
        <source>Company &amp;card clearing account:</source>
        <translation>Verrechnungskonto &amp;Firmenkreditkarte:</translation>
    </message>
    <message>
        <source>Company card clearing account</source>
        <translation>Verrechnungskonto Firmenkreditkarte</translation>
    </message>
    <message>
        <source>Employee business partner prefix</source>
        <translation>Präfix für Mitarbeiter-Geschäftspartner</translation>
    </message>
    <message>
        <source>e.g. E: employee 1001 is business partner E1001</source>
        <translation>z. B. E: Mitarbeiter 1001 ist Geschäftspartner E1001</translation>
    </message>
    <message>
        <source>&amp;Employee business partner prefix:</source>
        <translation>Präfix für &amp;Mitarbeiter-Geschäftspartner:</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <source>The date Concur processed the payment (recommended)</source>
        <translation>Das Datum, an dem Concur die Zahlung verarbeitet hat (empfohlen)</translation>
    </message>
    <message>
        <source>The date the report was submitted</source>
        <translation>Das Datum, an dem die Abrechnung eingereicht wurde</translation>
    </message>
    <message>
        <source>The date of the sync</source>
        <translation>Das Datum der Synchronisierung</translation>
    </message>
    <message>
        <source>Posting &amp;date:</source>
        <translation>Buchungs&amp;datum:</translation>
    </message>
    <message>
        <source>Company time zone</source>
        <translation>Zeitzone der Firma</translation>
    </message>
    <message>
        <source>Company time &amp;zone:</source>
        <translation>&amp;Zeitzone der Firma:</translation>
    </message>
    <message>
        <source>Concur field for dimension %1</source>
        <translation>Concur-Feld für Dimension %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Dimension %1 from:</source>
        <translation>Dimension %1 aus:</translation>
    </message>
    <message>
        <source>Other clearing accounts (per Concur payment type) are set with the command line: ml-connector config set posting/clearingAccount/&lt;code&gt; &lt;account&gt;.</source>
        <translation>Weitere Verrechnungskonten (je Concur-Zahlungsart) setzen Sie über die Befehlszeile: ml-connector config set posting/clearingAccount/&lt;code&gt; &lt;account&gt;.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewPage</name>
    <message>
        <source>Search document, employee or vendor</source>
        <translation>Beleg, Mitarbeiter oder Lieferant suchen</translation>
    </message>
    <message>
        <source>Search the review queue</source>
        <translation>Prüfliste durchsuchen</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Belegart</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Belege</translation>
    </message>
    <message>
        <source>Expense reports</source>
        <translation>Spesenabrechnungen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Documents waiting for review</source>
        <translation>Belege, die auf Prüfung warten</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Belegdetails</translation>
    </message>
    <message>
        <source>Map to</source>
        <translation>Zuordnen zu</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Save this mapping; every document waiting for it is posted again.</source>
        <translation>Diese Zuordnung speichern; jeder Beleg, der auf sie wartet, wird erneut gebucht.</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the selected documents again (after a change in SAP Business One).</source>
        <translation>Die ausgewählten Belege erneut prüfen (nach einer Änderung in SAP Business One).</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>Ü&amp;berspringen…</translation>
    </message>
    <message>
        <source>Take the selected documents out of the queue for good, with a reason.</source>
        <translation>Die ausgewählten Belege mit Begründung endgültig aus der Prüfliste nehmen.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is waiting for review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nichts wartet auf Prüfung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a document to see why it waits and what you can do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Beleg, um zu sehen, warum er wartet und was Sie tun können.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n documents selected. Retry or skip them together.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Beleg ausgewählt. Prüfen Sie ihn erneut oder überspringen Sie ihn.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Belege ausgewählt. Prüfen Sie sie gemeinsam erneut oder überspringen Sie sie.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>In queue since</source>
        <translation>In der Prüfliste seit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Warum er wartet</translation>
    </message>
    <message>
        <source>Closest matches:</source>
        <translation>Nächste Treffer:</translation>
    </message>
    <message>
        <source>Nothing to map for this document.</source>
        <translation>Für diesen Beleg ist nichts zuzuordnen.</translation>
    </message>
    <message>
        <source>Map %1 to a %2:</source>
        <translation>%2 für %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n gebucht</numerusform>
            <numerusform>%n gebucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n wartet noch</numerusform>
            <numerusform>%n warten noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n wird erneut versucht</numerusform>
            <numerusform>%n werden erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or choose what %1 maps to.</source>
        <translation>Geben Sie das Ziel für %1 ein oder wählen Sie es aus.</translation>
    </message>
    <message>
        <source>Saving the mapping…</source>
        <translation>Speichere die Zuordnung…</translation>
    </message>
    <message>
        <source>Mapped %1 to %2: %3.</source>
        <translation>%1 zu %2 zugeordnet: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n document(s) again…</source>
        <translation>
            <numerusform>Prüfe %n Beleg erneut…</numerusform>
            <numerusform>Prüfe %n Belege erneut…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n document(s) again.</source>
        <translation>
            <numerusform>%n Beleg erneut geprüft.</numerusform>
            <numerusform>%n Belege erneut geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip documents</source>
        <translation>Belege überspringen</translation>
    </message>
    <message numerus="yes">
        <source>Why should %n document(s) not be posted? The reason is kept in the audit trail.</source>
        <translation>
            <numerusform>Warum soll %n Beleg nicht gebucht werden? Die Begründung wird im Prüfpfad festgehalten.</numerusform>
            <numerusform>Warum sollen %n Belege nicht gebucht werden? Die Begründung wird im Prüfpfad festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required to skip a document.</source>
        <translation>Zum Überspringen eines Belegs ist eine Begründung nötig.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n document(s).</source>
        <translation>
            <numerusform>%n Beleg übersprungen.</numerusform>
            <numerusform>%n Belege übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in B1…</source>
        <translation>In B1 s&amp;uchen…</translation>
    </message>
    <message>
        <source>Search the suppliers, accounts or profit centers in SAP Business One, best matches first.</source>
        <translation>Lieferanten, Konten oder Kostenstellen in SAP Business One suchen, beste Treffer zuerst.</translation>
    </message>
    <message>
        <source>Journal entry preview – not posted</source>
        <translation>Vorschau der Buchung – nicht gebucht</translation>
    </message>
    <message>
        <source>Journal entry preview, not posted</source>
        <translation>Vorschau der Buchung, nicht gebucht</translation>
    </message>
    <message>
        <source>Account / BP</source>
        <translation>Konto / GP</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Zeilentext</translation>
    </message>
    <message>
        <source>Select one document to see the journal entry it would post.</source>
        <translation>Wählen Sie einen Beleg, um die Buchung zu sehen, die er erzeugen würde.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Erstelle die Vorschau…</translation>
    </message>
    <message>
        <source>The preview needs the service: %1</source>
        <translation>Die Vorschau braucht den Dienst: %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>BP %1</source>
        <translation>GP %1</translation>
    </message>
    <message>
        <source>%1 is not mapped yet</source>
        <translation>%1 ist noch nicht zugeordnet</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>No lines can be built yet.</source>
        <translation>Noch lassen sich keine Zeilen erstellen.</translation>
    </message>
    <message>
        <source>Debits equal credits.</source>
        <translation>Soll gleich Haben.</translation>
    </message>
    <message>
        <source>Not balanced: difference %1 %2.</source>
        <translation>Nicht ausgeglichen: Differenz %1 %2.</translation>
    </message>
    <message>
        <source>Part of the entry only: some lines cannot be built until the problems above are fixed.</source>
        <translation>Nur ein Teil der Buchung: einige Zeilen lassen sich erst erstellen, wenn die Probleme oben behoben sind.</translation>
    </message>
    <message>
        <source>Nothing blocks it any more: Retry posts this entry.</source>
        <translation>Nichts blockiert sie mehr: „Erneut prüfen“ bucht diese Buchung.</translation>
    </message>
    <message>
        <source>Nothing would be posted.</source>
        <translation>Es würde nichts gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked ⚠ still need a mapping.</source>
        <translation>
            <numerusform>%n mit ⚠ markierte Zeile braucht noch eine Zuordnung.</numerusform>
            <numerusform>%n mit ⚠ markierte Zeilen brauchen noch eine Zuordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not posted: %n problem(s) still block it.</source>
        <translation>
            <numerusform>Nicht gebucht: %n Problem blockiert sie noch.</numerusform>
            <numerusform>Nicht gebucht: %n Probleme blockieren sie noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting date %1.</source>
        <translation>Buchungsdatum %1.</translation>
    </message>
    <message>
        <source>the Concur employee %1 (%2)</source>
        <translation>Concur-Mitarbeiter %1 (%2)</translation>
    </message>
    <message>
        <source>the Concur vendor %1</source>
        <translation>Concur-Lieferant %1</translation>
    </message>
    <message>
        <source>%1 (not mapped)</source>
        <translation>%1 (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Queued when</source>
        <translation>Eingereiht wann</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Before this month</source>
        <translation>Vor diesem Monat</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Betrag ab</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation>Betrag bis</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Queued:</source>
        <translation>E&amp;ingereiht:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>Already posted to SAP Business One: its journal entry stays there and is not posted again. Retry only sends the write-back to Concur again.</source>
        <translation>Bereits in SAP Business One gebucht: Die Buchung bleibt dort und wird nicht erneut gebucht. „Erneut prüfen“ sendet nur die Rückmeldung noch einmal an Concur.</translation>
    </message>
    <message>
        <source>Retry sends the write-back to Concur again; it does not post this entry by itself.</source>
        <translation>„Erneut prüfen“ sendet die Rückmeldung noch einmal an Concur; gebucht wird dadurch allein nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Why do you accept Concur&apos;s refusal for %n document(s)? Nothing more is sent to Concur about them; the reason is kept in the audit trail.</source>
        <translation>
            <numerusform>Warum akzeptieren Sie die Ablehnung durch Concur für %n Beleg? Concur erhält dazu keine weitere Meldung; die Begründung wird im Prüfpfad festgehalten.</numerusform>
            <numerusform>Warum akzeptieren Sie die Ablehnung durch Concur für %n Belege? Concur erhält dazu keine weitere Meldung; die Begründung wird im Prüfpfad festgehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewQueueModel</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Expense report</source>
        <translation>Spesenabrechnung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ScheduleSection</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>every 15m (the default)</source>
        <translation>every 15m (Standard)</translation>
    </message>
    <message>
        <source>Examples: &quot;every 15m&quot;, &quot;every 30m between 08:00-18:00 on mon-fri&quot;, &quot;weekdays at 18:00&quot;, or a cron line such as &quot;0 18 * * 1-5&quot;.</source>
        <translation>Beispiele: „every 15m“, „every 30m between 08:00-18:00 on mon-fri“, „weekdays at 18:00“ oder eine Cron-Zeile wie „0 18 * * 1-5“.</translation>
    </message>
    <message>
        <source>Schedule time zone</source>
        <translation>Zeitzone des Zeitplans</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>S&amp;ynchronisieren:</translation>
    </message>
    <message>
        <source>Time zo&amp;ne:</source>
        <translation>Zeitzo&amp;ne:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <source>Not a schedule: %1</source>
        <translation>Kein gültiger Zeitplan: %1</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>Dieser Zeitplan startet nie.</translation>
    </message>
    <message>
        <source>Runs every few seconds: meant for the sandbox and tests. Use minutes in production.</source>
        <translation>Läuft alle paar Sekunden: gedacht für die Sandbox und Tests. Verwenden Sie im Betrieb Minuten.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ServiceConnection</name>
    <message>
        <source>Connecting to the ml-connector service…</source>
        <translation>Verbinde mit dem ml-connector-Dienst…</translation>
    </message>
    <message>
        <source>The service refused this account. Ask your administrator to add you to the ml-connector operators group.</source>
        <translation>Der Dienst hat dieses Konto abgelehnt. Bitten Sie Ihren Administrator, Sie in die Bedienergruppe von ml-connector aufzunehmen.</translation>
    </message>
    <message>
        <source>The service is a different version of ml-connector. Install the same version of the tray and the service.</source>
        <translation>Der Dienst ist eine andere Version von ml-connector. Installieren Sie dieselbe Version von Tray-Anwendung und Dienst.</translation>
    </message>
    <message>
        <source>Something other than the ml-connector service answers on its pipe, so the tray does not talk to it. Tell your administrator.</source>
        <translation>Auf der Pipe des ml-connector-Dienstes antwortet ein anderes Programm, daher spricht die Tray-Anwendung nicht mit ihm. Informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The ml-connector service is not running. Browsing works; actions wait until it is back.</source>
        <translation>Der ml-connector-Dienst läuft nicht. Ansehen funktioniert; Aktionen warten, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>The connection to the ml-connector service was lost. Reconnecting…</source>
        <translation>Die Verbindung zum ml-connector-Dienst ist unterbrochen. Verbinde erneut…</translation>
    </message>
</context>
<context>
    <name>mlc::tray::SettingsForm</name>
    <message>
        <source>unknown while the service is not running</source>
        <translation>unbekannt, solange der Dienst nicht läuft</translation>
    </message>
    <message>
        <source>stored – type a new value to replace it</source>
        <translation>gespeichert – zum Ersetzen neuen Wert eingeben</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>noch nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>mlc::tray::SettingsPage</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The service is not running. You can look at the settings; they can be changed when the service runs again.</source>
        <translation>Der Dienst läuft nicht. Sie können die Einstellungen ansehen; ändern lassen sie sich, wenn der Dienst wieder läuft.</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an administrator of this computer can change them, because they decide where documents go and which passwords are used.</source>
        <translation>Sie können diese Einstellungen ansehen. Nur ein Administrator dieses Computers kann sie ändern, weil sie festlegen, wohin Belege gehen und welche Kennwörter verwendet werden.</translation>
    </message>
    <message>
        <source>Changes take effect at the next sync. Passwords and tokens are stored in the system&apos;s credential store and are never shown again.</source>
        <translation>Änderungen gelten ab der nächsten Synchronisierung. Kennwörter und Tokens werden im Anmeldeinformationsspeicher des Systems abgelegt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Nicht gespeichert:
%1</translation>
    </message>
</context>
<context>
    <name>mlc::tray::TrayIcon</name>
    <message>
        <source>&amp;Open ml-connector</source>
        <translation>ml-connector ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Run sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Zeitplan &amp;anhalten</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit tray (the service keeps running)</source>
        <translation>Tray-Anwendung &amp;beenden (der Dienst läuft weiter)</translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Synchronisiert gerade…</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Schedule paused</source>
        <translation>Zeitplan angehalten</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Nächste Synchronisierung: %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for review</source>
        <translation>
            <numerusform>%n Beleg wartet auf Prüfung</numerusform>
            <numerusform>%n Belege warten auf Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>Zeitplan &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Documents need your review</source>
        <translation>Belege warten auf Ihre Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s) could not be posted and wait in the review queue.</source>
        <translation>
            <numerusform>%n neuer Beleg konnte nicht gebucht werden und wartet in der Prüfliste.</numerusform>
            <numerusform>%n neue Belege konnten nicht gebucht werden und warten in der Prüfliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last sync failed; it is retried automatically.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen; sie wird automatisch wiederholt.</translation>
    </message>
</context>
</TS>
