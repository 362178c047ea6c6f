<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QComboBox</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Fuseau horaire de cet ordinateur (%1)</translation>
    </message>
</context>
<context>
    <name>ReasonLabels</name>
    <message>
        <source>Vendor or employee not mapped</source>
        <translation>Fournisseur ou employé sans correspondance</translation>
    </message>
    <message>
        <source>Supplier frozen or not valid in B1</source>
        <translation>Fournisseur bloqué ou non valide dans B1</translation>
    </message>
    <message>
        <source>G/L account not mapped</source>
        <translation>Compte général sans correspondance</translation>
    </message>
    <message>
        <source>Cost center not mapped</source>
        <translation>Centre de coûts sans correspondance</translation>
    </message>
    <message>
        <source>Currency not known in B1</source>
        <translation>Devise inconnue dans B1</translation>
    </message>
    <message>
        <source>Totals do not reconcile</source>
        <translation>Les totaux ne concordent pas</translation>
    </message>
    <message>
        <source>Lines missing for Concur&apos;s total</source>
        <translation>Lignes manquantes pour le total Concur</translation>
    </message>
    <message>
        <source>Concur sent no total</source>
        <translation>Concur n&apos;a envoyé aucun total</translation>
    </message>
    <message>
        <source>Posting date missing</source>
        <translation>Date comptable manquante</translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>Date illisible</translation>
    </message>
    <message>
        <source>Input tax account not set</source>
        <translation>Compte de TVA déductible non défini</translation>
    </message>
    <message>
        <source>Freight account not set</source>
        <translation>Compte de frais de port non défini</translation>
    </message>
    <message>
        <source>Card clearing account not set</source>
        <translation>Compte d&apos;attente carte non défini</translation>
    </message>
    <message>
        <source>Payment type not supported</source>
        <translation>Type de paiement non pris en charge</translation>
    </message>
    <message>
        <source>Personal charge with a positive amount</source>
        <translation>Dépense personnelle au montant positif</translation>
    </message>
    <message>
        <source>Document incomplete</source>
        <translation>Document incomplet</translation>
    </message>
    <message>
        <source>Changed after posting</source>
        <translation>Modifié après comptabilisation</translation>
    </message>
    <message>
        <source>Setting not valid</source>
        <translation>Paramètre non valide</translation>
    </message>
    <message>
        <source>Rejected by SAP Business One</source>
        <translation>Rejeté par SAP Business One</translation>
    </message>
    <message>
        <source>B1 business partner (CardCode)</source>
        <translation>Partenaire commercial B1 (CardCode)</translation>
    </message>
    <message>
        <source>B1 G/L account</source>
        <translation>Compte général B1</translation>
    </message>
    <message>
        <source>B1 profit center</source>
        <translation>Centre de profit B1</translation>
    </message>
    <message>
        <source>B1 currency code</source>
        <translation>Code devise B1</translation>
    </message>
    <message>
        <source>the Concur employee %1</source>
        <translation>l&apos;employé Concur %1</translation>
    </message>
    <message>
        <source>the Concur vendor %1</source>
        <translation>le fournisseur Concur %1</translation>
    </message>
    <message>
        <source>the Concur account %1</source>
        <translation>le compte Concur %1</translation>
    </message>
    <message>
        <source>the cost center %1 (dimension %2)</source>
        <translation>le centre de coûts %1 (axe %2)</translation>
    </message>
    <message>
        <source>the currency %1</source>
        <translation>la devise %1</translation>
    </message>
    <message>
        <source>Closest matches: %1.</source>
        <translation>Correspondances les plus proches : %1.</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>l&apos;employé %1</translation>
    </message>
    <message>
        <source>employee %1 (%2)</source>
        <translation>l&apos;employé %1 (%2)</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>le fournisseur %1</translation>
    </message>
    <message>
        <source>vendor %1 (%2)</source>
        <translation>le fournisseur %1 (%2)</translation>
    </message>
    <message>
        <source>is frozen in B1</source>
        <translation>est bloqué dans B1</translation>
    </message>
    <message>
        <source>is inactive in B1</source>
        <translation>est inactif dans B1</translation>
    </message>
    <message>
        <source>is not a supplier</source>
        <translation>n&apos;est pas un fournisseur</translation>
    </message>
    <message>
        <source>is a control account (B1 refuses manual postings to it)</source>
        <translation>est un compte collectif (B1 y refuse les écritures manuelles)</translation>
    </message>
    <message>
        <source>is a title account (not postable)</source>
        <translation>est un compte de titre (non imputable)</translation>
    </message>
    <message>
        <source>expense entry %1 (%2)</source>
        <translation>la dépense %1 (%2)</translation>
    </message>
    <message>
        <source>expense entry %1</source>
        <translation>la dépense %1</translation>
    </message>
    <message>
        <source>journal line %1</source>
        <translation>la ligne d&apos;écriture %1</translation>
    </message>
    <message>
        <source>line item %1 (%2)</source>
        <translation>la ligne d&apos;article %1 (%2)</translation>
    </message>
    <message>
        <source>line item %1</source>
        <translation>la ligne d&apos;article %1</translation>
    </message>
    <message>
        <source>allocation %1</source>
        <translation>la ventilation %1</translation>
    </message>
    <message>
        <source>cash advance %1</source>
        <translation>l&apos;avance %1</translation>
    </message>
    <message>
        <source>No supplier found for %1: there is no business partner %2 and no supplier with that name.</source>
        <translation>Aucun fournisseur trouvé pour %1 : il n&apos;existe ni partenaire %2 ni fournisseur de ce nom.</translation>
    </message>
    <message>
        <source>No supplier found for %1: the employee ID has %2 characters, more than the %3 a B1 CardCode can hold, and no supplier has that name. Map the employee to a supplier.</source>
        <translation>Aucun fournisseur trouvé pour %1 : le matricule compte %2 caractères, plus que les %3 qu&apos;un CardCode B1 peut contenir, et aucun fournisseur ne porte ce nom. Associez l&apos;employé à un fournisseur.</translation>
    </message>
    <message>
        <source>%1 suppliers match %2 (%3). Choose one.</source>
        <translation>%1 fournisseurs conviennent pour %2 (%3). Choisissez-en un.</translation>
    </message>
    <message>
        <source>No supplier has the tax ID %1 of %2, and the supplier with that name has another tax ID (%3), so it is another creditor. Check the invoice, then map the vendor.</source>
        <translation>Aucun fournisseur n&apos;a le numéro fiscal %1 indiqué pour %2, et le fournisseur de ce nom a un autre numéro fiscal (%3) : c&apos;est donc un autre créancier. Vérifiez la facture, puis associez le fournisseur.</translation>
    </message>
    <message>
        <source>No supplier matches %1 or its tax ID %2.</source>
        <translation>Aucun fournisseur trouvé pour %1 ni pour son numéro fiscal %2.</translation>
    </message>
    <message>
        <source>No supplier matches %1.</source>
        <translation>Aucun fournisseur trouvé pour %1.</translation>
    </message>
    <message>
        <source>%1 is mapped to business partner %2, which does not exist in B1.</source>
        <translation>%1 est associé au partenaire %2, qui n&apos;existe pas dans B1.</translation>
    </message>
    <message>
        <source>%1 is mapped to %2 (%3), which %4.</source>
        <translation>%1 est associé à %2 (%3), qui %4.</translation>
    </message>
    <message>
        <source>The supplier %2 (%3) for %1 %4.</source>
        <translation>Le fournisseur %2 (%3) pour %1 %4.</translation>
    </message>
    <message>
        <source>The supplier matching %1 is %2 (%3), which %4.</source>
        <translation>Le fournisseur trouvé pour %1 est %2 (%3), qui %4.</translation>
    </message>
    <message>
        <source>The suppliers matching %1 (%2) are frozen, inactive or not suppliers.</source>
        <translation>Les fournisseurs trouvés pour %1 (%2) sont bloqués, inactifs ou ne sont pas des fournisseurs.</translation>
    </message>
    <message>
        <source>There is no B1 account for the Concur account %1.</source>
        <translation>Il n&apos;existe aucun compte B1 pour le compte Concur %1.</translation>
    </message>
    <message>
        <source>The Concur account %1 is mapped to B1 account %2, which does not exist.</source>
        <translation>Le compte Concur %1 est associé au compte B1 %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The Concur account %1 is mapped to B1 account %2, which %3.</source>
        <translation>Le compte Concur %1 est associé au compte B1 %2, qui %3.</translation>
    </message>
    <message>
        <source>B1 account %1 %2. Map the Concur account %1 to a postable account.</source>
        <translation>Le compte B1 %1 %2. Associez le compte Concur %1 à un compte imputable.</translation>
    </message>
    <message>
        <source>There is no profit center %1 in B1 dimension %2.</source>
        <translation>Il n&apos;existe aucun centre de profit %1 dans l&apos;axe B1 %2.</translation>
    </message>
    <message>
        <source>The profit center %1 (dimension %2) is inactive in B1.</source>
        <translation>Le centre de profit %1 (axe %2) est inactif dans B1.</translation>
    </message>
    <message>
        <source>The cost center %1 (dimension %2) is mapped to %3, which is not an active profit center of that dimension.</source>
        <translation>Le centre de coûts %1 (axe %2) est associé à %3, qui n&apos;est pas un centre de profit actif de cet axe.</translation>
    </message>
    <message>
        <source>The currency %1 is not defined in B1 (the local currency is %2). Define it in B1 or map it to a B1 currency.</source>
        <translation>La devise %1 n&apos;est pas définie dans B1 (la devise locale est %2). Définissez-la dans B1 ou associez-la à une devise B1.</translation>
    </message>
    <message>
        <source>The Concur currency %1 is mapped to %2, which is not a currency in B1.</source>
        <translation>La devise Concur %1 est associée à %2, qui n&apos;est pas une devise dans B1.</translation>
    </message>
    <message>
        <source>The B1 currencies %1 all have the ISO code %2. Map the currency to one of them.</source>
        <translation>Les devises B1 %1 ont toutes le code ISO %2. Associez la devise à l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>The B1 currency %1 is the ISO currency %2, not Concur&apos;s %1, and no B1 currency has the ISO code %1.</source>
        <translation>La devise B1 %1 est la devise ISO %2, et non le %1 de Concur, et aucune devise B1 n&apos;a le code ISO %1.</translation>
    </message>
    <message>
        <source>input tax account</source>
        <translation>compte de TVA déductible</translation>
    </message>
    <message>
        <source>freight account</source>
        <translation>compte de frais de port</translation>
    </message>
    <message>
        <source>clearing account for the card %1</source>
        <translation>compte d&apos;attente de la carte %1</translation>
    </message>
    <message>
        <source>clearing account for payee %1</source>
        <translation>compte d&apos;attente du bénéficiaire %1</translation>
    </message>
    <message>
        <source>No %1 is set (setting %2).</source>
        <translation>Aucun %1 n&apos;est défini (paramètre %2).</translation>
    </message>
    <message>
        <source>The %1 %2 (setting %3) does not exist in B1.</source>
        <translation>Le %1 %2 (paramètre %3) n&apos;existe pas dans B1.</translation>
    </message>
    <message>
        <source>The %1 %2 (setting %3) %4.</source>
        <translation>Le %1 %2 (paramètre %3) %4.</translation>
    </message>
    <message>
        <source>approved total of the report</source>
        <translation>le total approuvé de la note</translation>
    </message>
    <message>
        <source>amount due to the employee</source>
        <translation>le montant dû à l&apos;employé</translation>
    </message>
    <message>
        <source>request total</source>
        <translation>le total de la demande</translation>
    </message>
    <message>
        <source>Totals do not reconcile: the lines add up to %1, but Concur&apos;s %2 is %3 (difference %4, tolerance %5).</source>
        <translation>Les totaux ne concordent pas : les lignes totalisent %1, mais selon Concur %2 est de %3 (écart %4, tolérance %5).</translation>
    </message>
    <message>
        <source>Expense entries without journal lines: %1.</source>
        <translation>Dépenses sans lignes d&apos;écriture : %1.</translation>
    </message>
    <message>
        <source>The report has no expense entries, so nothing would be posted. Check it in Concur (skip it here if that is right).</source>
        <translation>La note n&apos;a aucune dépense, rien ne serait donc comptabilisé. Vérifiez-la dans Concur (ignorez-la ici si c&apos;est correct).</translation>
    </message>
    <message>
        <source>Nothing would be posted, but not every entry is personal (entries without journal lines: %1). Check the report in Concur (skip it here if nothing is owed).</source>
        <translation>Rien ne serait comptabilisé, mais toutes les dépenses ne sont pas personnelles (dépenses sans lignes d&apos;écriture : %1). Vérifiez la note dans Concur (ignorez-la ici si rien n&apos;est dû).</translation>
    </message>
    <message>
        <source>Nothing would be posted, but not every entry is personal (their journal lines are zero). Check the report in Concur (skip it here if nothing is owed).</source>
        <translation>Rien ne serait comptabilisé, mais toutes les dépenses ne sont pas personnelles (leurs lignes d&apos;écriture sont à zéro). Vérifiez la note dans Concur (ignorez-la ici si rien n&apos;est dû).</translation>
    </message>
    <message>
        <source>The payment request has no line item amounts, so nothing would be posted (request total %1). Check it in Concur (skip it here if that is right).</source>
        <translation>La demande de paiement n&apos;a aucun montant de ligne, rien ne serait donc comptabilisé (total de la demande %1). Vérifiez-la dans Concur (ignorez-la ici si c&apos;est correct).</translation>
    </message>
    <message>
        <source>Concur sent neither the report&apos;s approved total nor the amount due to the employee, so the journal lines cannot be checked against Concur&apos;s own figures.</source>
        <translation>Concur n&apos;a envoyé ni le total approuvé de la note ni le montant dû à l&apos;employé : les lignes d&apos;écriture ne peuvent donc pas être contrôlées par rapport aux chiffres de Concur.</translation>
    </message>
    <message>
        <source>Concur sent no total for the payment request, so its lines cannot be checked against Concur&apos;s own figure.</source>
        <translation>Concur n&apos;a envoyé aucun total pour la demande de paiement : ses lignes ne peuvent donc pas être contrôlées par rapport au chiffre de Concur.</translation>
    </message>
    <message>
        <source>Concur sent no %1 (%2) for this report, so its posting date is unknown. Have the report corrected in Concur, or choose another posting date in the settings and retry it.</source>
        <translation>Concur n&apos;a envoyé aucune %1 (%2) pour cette note, sa date comptable est donc inconnue. Faites corriger la note dans Concur, ou choisissez une autre date comptable dans les paramètres et réessayez-la.</translation>
    </message>
    <message>
        <source>submit date</source>
        <translation>date de soumission</translation>
    </message>
    <message>
        <source>payment-processing date</source>
        <translation>date de traitement du paiement</translation>
    </message>
    <message>
        <source>The payment request has no invoice date.</source>
        <translation>La demande de paiement n&apos;a pas de date de facture.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date.</source>
        <translation>Le champ %1 (« %2 ») n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The system&apos;s time zone is unknown, so the posting date cannot be determined. Set %1 to the company&apos;s time zone (for example Europe/Berlin).</source>
        <translation>Le fuseau horaire du système est inconnu, la date comptable ne peut donc pas être déterminée. Réglez %1 sur le fuseau horaire de la société (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>The company time zone &quot;%1&quot; (setting %2) is not a known time zone, so the posting date cannot be determined. Use a name such as Europe/Berlin.</source>
        <translation>Le fuseau horaire de la société « %1 » (paramètre %2) n&apos;est pas un fuseau connu, la date comptable ne peut donc pas être déterminée. Utilisez un nom comme Europe/Paris.</translation>
    </message>
    <message>
        <source>The payer/payee combination %1 → %2 of %3 is not supported.</source>
        <translation>La combinaison payeur/bénéficiaire %1 → %2 dans %3 n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Concur sent no %1 in this document.</source>
        <translation>Concur n&apos;a pas envoyé le champ %1 dans ce document.</translation>
    </message>
    <message>
        <source>Concur sent no %1 in %2.</source>
        <translation>Concur n&apos;a pas envoyé le champ %1 dans %2.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number.</source>
        <translation>Le champ %1 (« %2 ») n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; in %3 is not a number.</source>
        <translation>Le champ %1 (« %2 ») dans %3 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The %1 in this document has an unexpected form.</source>
        <translation>Le champ %1 de ce document a une forme inattendue.</translation>
    </message>
    <message>
        <source>The %1 in %2 has an unexpected form.</source>
        <translation>Le champ %1 dans %2 a une forme inattendue.</translation>
    </message>
    <message>
        <source>The document has no %1 block.</source>
        <translation>Le document n&apos;a pas de bloc %1.</translation>
    </message>
    <message>
        <source>The document type %1 is not supported (only expense reports and invoices post).</source>
        <translation>Le type de document %1 n&apos;est pas pris en charge (seules les notes de frais et les factures sont comptabilisées).</translation>
    </message>
    <message>
        <source>The Concur document is incomplete: its report or request ID, key or revision is missing.</source>
        <translation>Le document Concur est incomplet : son ID de note ou de demande, sa clé ou sa révision manque.</translation>
    </message>
    <message>
        <source>The Concur document could not be read: %1</source>
        <translation>Impossible de lire le document Concur : %1</translation>
    </message>
    <message>
        <source>Changed after posting: revision %1 arrived, but revision %2 is already journal entry %3 in B1.</source>
        <translation>Modifié après comptabilisation : la révision %1 est arrivée, mais la révision %2 est déjà l&apos;écriture comptable %3 dans B1.</translation>
    </message>
    <message>
        <source>Revisions %1 and %2 of this document cannot be put in order, so either could be the current one. Skip the revision that must not post, then retry the other.</source>
        <translation>Les révisions %1 et %2 de ce document ne peuvent pas être ordonnées : l&apos;une ou l&apos;autre pourrait être l&apos;actuelle. Ignorez la révision qui ne doit pas être comptabilisée, puis réessayez l&apos;autre.</translation>
    </message>
    <message>
        <source>SAP Business One rejected the entry: %1</source>
        <translation>SAP Business One a rejeté l&apos;écriture : %1</translation>
    </message>
    <message>
        <source>Internal error: the built entry does not balance (debit %1, credit %2). Please report this.</source>
        <translation>Erreur interne : l&apos;écriture construite n&apos;est pas équilibrée (débit %1, crédit %2). Merci de le signaler.</translation>
    </message>
    <message>
        <source>Revisions cannot be ordered</source>
        <translation>Révisions impossibles à ordonner</translation>
    </message>
    <message>
        <source>Internal error: entry does not balance</source>
        <translation>Erreur interne : écriture non équilibrée</translation>
    </message>
    <message>
        <source>In %1 the company pays, but no payee is named.</source>
        <translation>Dans %1, l&apos;entreprise paie, mais aucun bénéficiaire n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>In %1 a personal charge the employee owes (payee %2) has a positive amount %3. Concur sends these charges as negative amounts, so booking it would be a guess; check the report in Concur.</source>
        <translation>Dans %1, une dépense personnelle due par l&apos;employé (bénéficiaire %2) a un montant positif %3. Concur envoie ces dépenses en montants négatifs : la comptabiliser serait une supposition ; vérifiez la note dans Concur.</translation>
    </message>
    <message>
        <source>Refused by Concur</source>
        <translation>Refusé par Concur</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Concur refused the acknowledgement of this document: %1 (Concur code %2).</source>
        <translation>Concur a refusé l&apos;accusé de réception de ce document : %1 (code Concur %2).</translation>
    </message>
    <message>
        <source>Concur refused the posting confirmation of this document: %1 (Concur code %2).</source>
        <translation>Concur a refusé la confirmation de comptabilisation de ce document : %1 (code Concur %2).</translation>
    </message>
    <message>
        <source>Concur refused the payment confirmation of this reimbursement: %1 (Concur code %2).</source>
        <translation>Concur a refusé la confirmation de paiement de ce remboursement : %1 (code Concur %2).</translation>
    </message>
    <message>
        <source>Its journal entry stays in SAP Business One and is not posted again. Retry sends it to Concur again at the next sync; Skip accepts Concur&apos;s answer.</source>
        <translation>Son écriture reste dans SAP Business One et n&apos;est pas comptabilisée une seconde fois. Réessayer renvoie la confirmation à Concur à la prochaine synchronisation ; Ignorer accepte la réponse de Concur.</translation>
    </message>
    <message>
        <source>Retry sends it to Concur again at the next sync; Skip accepts Concur&apos;s answer (a document not yet in SAP Business One is then skipped).</source>
        <translation>Réessayer renvoie la confirmation à Concur à la prochaine synchronisation ; Ignorer accepte la réponse de Concur (un document qui n&apos;est pas encore dans SAP Business One est alors ignoré).</translation>
    </message>
</context>
<context>
    <name>WriteBackLevels</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Acknowledge documents</source>
        <translation>Accuser réception des documents</translation>
    </message>
    <message>
        <source>Confirm postings</source>
        <translation>Confirmer les comptabilisations</translation>
    </message>
    <message>
        <source>Confirm postings and payments</source>
        <translation>Confirmer les comptabilisations et les paiements</translation>
    </message>
    <message>
        <source>Sends nothing to Concur: ml-connector only signs in and reads approved documents, so Concur is never changed.</source>
        <translation>N&apos;envoie rien à Concur : ml-connector se contente de se connecter et de lire les documents approuvés, Concur n&apos;est donc jamais modifié.</translation>
    </message>
    <message>
        <source>Acknowledges each document once ml-connector has recorded it, so it leaves Concur&apos;s list of documents ready to export and every sync stays quick.</source>
        <translation>Accuse réception de chaque document dès que ml-connector l&apos;a enregistré, de sorte qu&apos;il quitte la liste des documents prêts à l&apos;export dans Concur et que chaque synchronisation reste rapide.</translation>
    </message>
    <message>
        <source>Acknowledges each document and tells Concur whether it was posted to SAP Business One (with the journal entry number and posting date) or will not be; Concur Expense Pay reimburses only reports confirmed as posted.</source>
        <translation>Accuse réception de chaque document et indique à Concur s&apos;il a été comptabilisé dans SAP Business One (avec le numéro d&apos;écriture et la date comptable) ou s&apos;il ne le sera pas ; Concur Expense Pay ne rembourse que les notes confirmées comme comptabilisées.</translation>
    </message>
    <message>
        <source>Acknowledges and confirms each document and also tells Concur when an employee&apos;s reimbursement has been paid, once a person marks it paid (expense reports only).</source>
        <translation>Accuse réception de chaque document, confirme sa comptabilisation et indique aussi à Concur que le remboursement d&apos;un salarié a été payé, dès qu&apos;une personne le marque comme payé (notes de frais uniquement).</translation>
    </message>
    <message>
        <source>A level this version of the tray does not know; the service decides what it sends.</source>
        <translation>Un niveau que cette version de l&apos;application ne connaît pas ; le service décide de ce qu&apos;il envoie.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) acknowledged</source>
        <translation>
            <numerusform>%n accusé de réception envoyé</numerusform>
            <numerusform>%n accusés de réception envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) confirmed</source>
        <translation>
            <numerusform>%n paiement confirmé</numerusform>
            <numerusform>%n paiements confirmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by Concur (in the review queue)</source>
        <translation>
            <numerusform>%n refusé par Concur (dans la file de contrôle)</numerusform>
            <numerusform>%n refusés par Concur (dans la file de contrôle)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posting outcome(s) confirmed</source>
        <translation>
            <numerusform>%n résultat de comptabilisation confirmé</numerusform>
            <numerusform>%n résultats de comptabilisation confirmés</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged: Concur knows that ml-connector has recorded the document. Posting outcome confirmed: Concur has been told whether the document was posted to SAP Business One or will not be. Payment confirmed: Concur has been told that the reimbursement was paid. Waiting: sent at the next sync. Refused: Concur did not accept it; the document waits in the review queue.</source>
        <translation>Accusé de réception : Concur sait que ml-connector a enregistré le document. Résultat de comptabilisation confirmé : Concur sait si le document a été comptabilisé dans SAP Business One ou ne le sera pas. Paiement confirmé : Concur sait que le remboursement a été payé. En attente : envoyé à la prochaine synchronisation. Refusé : Concur ne l&apos;a pas accepté ; le document attend dans la file de contrôle.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The ml-connector tray and configurator.</source>
        <translation>L&apos;icône de notification et le configurateur de ml-connector.</translation>
    </message>
    <message>
        <source>The service&apos;s data directory.</source>
        <translation>Le répertoire de données du service.</translation>
    </message>
    <message>
        <source>The service&apos;s pipe.</source>
        <translation>Le canal du service.</translation>
    </message>
    <message>
        <source>Start in the notification area only.</source>
        <translation>Démarrer uniquement dans la zone de notification.</translation>
    </message>
    <message>
        <source>Save a picture of every page into this folder, then quit.</source>
        <translation>Enregistrer une image de chaque page dans ce dossier, puis quitter.</translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>The connector&apos;s data cannot be opened in %1.

%2</source>
        <translation>Impossible d&apos;ouvrir les données du connecteur dans %1.

%2</translation>
    </message>
    <message>
        <source>The page to open: overview, review, mappings, audit or settings.</source>
        <translation>La page à ouvrir : overview, review, mappings, audit ou settings.</translation>
    </message>
    <message>
        <source>The language for this start: en, de, fr or es (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>La langue de ce démarrage : en, de, fr ou es (par défaut : celle choisie dans les paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>Unknown language %1; available: en, de, fr, es.</source>
        <translation>Langue inconnue %1 ; disponibles : en, de, fr, es.</translation>
    </message>
</context>
<context>
    <name>mlc::cli</name>
    <message>
        <source>Data directory (isolates instances).</source>
        <translation>Répertoire de données (isole les instances).</translation>
    </message>
    <message>
        <source>Secret store.</source>
        <translation>Magasin de secrets.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>Why (for review skip).</source>
        <translation>Motif (pour review skip).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>run: in the foreground (console mode).</source>
        <translation>run : au premier plan (mode console).</translation>
    </message>
    <message>
        <source>run: pipe / socket name.</source>
        <translation>run : nom du canal / socket.</translation>
    </message>
    <message>
        <source>run: under the Windows service manager.</source>
        <translation>run : sous le gestionnaire de services Windows.</translation>
    </message>
    <message>
        <source>Windows service name.</source>
        <translation>Nom du service Windows.</translation>
    </message>
    <message>
        <source>install: the service account.</source>
        <translation>install : le compte du service.</translation>
    </message>
    <message>
        <source>install: start the service.</source>
        <translation>install : démarrer le service.</translation>
    </message>
    <message>
        <source>Work on the database directly, even when a service runs.</source>
        <translation>Travailler directement sur la base, même si un service tourne.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot use the secret store %1: %2</source>
        <translation>Impossible d&apos;utiliser le magasin de secrets %1 : %2</translation>
    </message>
    <message>
        <source>Another ml-connector (pid %1) is working on this data directory: a running service or sync. Two engines on one ledger could post an entry twice, so this one does not start. Run the command without --local to act through the service, or stop it first.</source>
        <translation>Un autre ml-connector (pid %1) travaille sur ce répertoire de données : un service en cours ou une synchronisation. Deux moteurs sur un même registre pourraient comptabiliser une écriture deux fois, celui-ci ne démarre donc pas. Lancez la commande sans --local pour passer par le service, ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in the data directory.</source>
        <translation>Impossible de créer le fichier de verrou dans le répertoire de données.</translation>
    </message>
    <message>
        <source>Audit trail intact.</source>
        <translation>Piste d&apos;audit intacte.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry %1: it was changed after it was written.</source>
        <translation>Piste d&apos;audit ROMPUE à l&apos;entrée %1 : elle a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>usage: audit show [KEY] | verify | export [FILE]</source>
        <translation>utilisation : audit show [KEY] | verify | export [FILE]</translation>
    </message>
    <message>
        <source>ml-connector: %1 changed, so the secrets bound to the old endpoint were removed: %2. Set them again for the new one (ml-connector secret set NAME).</source>
        <translation>ml-connector : %1 a changé, les secrets liés à l&apos;ancien point d&apos;accès ont donc été supprimés : %2. Définissez-les à nouveau pour le nouveau (ml-connector secret set NAME).</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>usage: config list | get KEY | set KEY VALUE | unset KEY</source>
        <translation>utilisation : config list | get KEY | set KEY VALUE | unset KEY</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set (onboarded)</source>
        <translation>défini (intégré)</translation>
    </message>
    <message>
        <source>not set (onboarding pending)</source>
        <translation>non défini (intégration en attente)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Secret store: %1</source>
        <translation>Magasin de secrets : %1</translation>
    </message>
    <message>
        <source>Unknown secret %1. Known: concur-client-secret, concur-request-token, b1-password.</source>
        <translation>Secret inconnu %1. Connus : concur-client-secret, concur-request-token, b1-password.</translation>
    </message>
    <message>
        <source>No secret on standard input.</source>
        <translation>Aucun secret sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>%1 saved in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>usage: secret set NAME  (value on standard input) | secret status</source>
        <translation>utilisation : secret set NAME  (valeur sur l&apos;entrée standard) | secret status</translation>
    </message>
    <message>
        <source>Mapping saved; queued documents will be re-evaluated next cycle (%1).</source>
        <translation>Correspondance enregistrée ; les documents en attente seront réévalués au prochain cycle (%1).</translation>
    </message>
    <message>
        <source>Mapping %1 %2 -&gt; %3 saved. Re-evaluated queued documents: %4 posted, %5 still in review.</source>
        <translation>Correspondance %1 %2 -&gt; %3 enregistrée. Documents en attente réévalués : %4 comptabilisés, %5 toujours en contrôle.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Origine</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Mapping kind must be vendor, account, costcenter or currency.</source>
        <translation>Le type de correspondance doit être vendor, account, costcenter ou currency.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Skipped row with unknown kind &apos;%1&apos;.</source>
        <translation>Ligne de type inconnu « %1 » ignorée.</translation>
    </message>
    <message>
        <source>No document %1 in the ledger.</source>
        <translation>Aucun document %1 dans le registre.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for review.</source>
        <translation>
            <numerusform>%n document en attente de contrôle.</numerusform>
            <numerusform>%n documents en attente de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document: %1
Title: %2
State: %3
Amount: %4 %5
</source>
        <translation>Document : %1
Titre : %2
État : %3
Montant : %4 %5
</translation>
    </message>
    <message>
        <source> [fix: %1]</source>
        <translation> [correction : %1]</translation>
    </message>
    <message>
        <source> candidates: %1</source>
        <translation> candidats : %1</translation>
    </message>
    <message>
        <source>%1 skipped.</source>
        <translation>%1 ignoré.</translation>
    </message>
    <message>
        <source>%1 has no mapping to fix; see &apos;review show %1&apos;.</source>
        <translation>%1 n&apos;a aucune correspondance à corriger ; voir « review show %1 ».</translation>
    </message>
    <message>
        <source>Cannot open the data directory %1: %2</source>
        <translation>Impossible d&apos;ouvrir le répertoire de données %1 : %2</translation>
    </message>
    <message>
        <source>The service cannot start: %1</source>
        <translation>Le service ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>The daily Concur token refresh failed: %1. Without a refresh the Concur connection lapses; check it with `ml-connector test-connections`.</source>
        <translation>Le renouvellement quotidien du jeton Concur a échoué : %1. Sans renouvellement, la connexion Concur expire ; vérifiez-la avec `ml-connector test-connections`.</translation>
    </message>
    <message>
        <source>ml-connector %1, data directory %2, schedule &quot;%3&quot;, next run %4.</source>
        <translation>ml-connector %1, répertoire de données %2, planification « %3 », prochaine exécution %4.</translation>
    </message>
    <message>
        <source>ml-connector service running (console); press Ctrl+C to stop.</source>
        <translation>Service ml-connector en cours (console) ; Ctrl+C pour l&apos;arrêter.</translation>
    </message>
    <message numerus="yes">
        <source>after %n cycle(s).</source>
        <translation>
            <numerusform>après %n cycle.</numerusform>
            <numerusform>après %n cycles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one host: ml-connector run --console (foreground) or run --service (Windows service manager).</source>
        <translation>Choisissez un hôte : ml-connector run --console (premier plan) ou run --service (gestionnaire de services Windows).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Installed the service %1 (automatic, delayed start; restarts after failures).</source>
        <translation>Service %1 installé (démarrage automatique différé ; redémarre après un échec).</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Ligne de commande : %1</translation>
    </message>
    <message>
        <source>Event Viewer: Windows Logs &gt; Application, source %1.</source>
        <translation>Observateur d&apos;événements : Journaux Windows &gt; Application, source %1.</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Démarré.</translation>
    </message>
    <message>
        <source>Start it with: sc start %1</source>
        <translation>Démarrez-le avec : sc start %1</translation>
    </message>
    <message>
        <source>Sync cycle %1 -&gt; %2</source>
        <translation>Cycle de synchronisation %1 -&gt; %2</translation>
    </message>
    <message>
        <source>fetched from Concur</source>
        <translation>récupérés de Concur</translation>
    </message>
    <message>
        <source>posted to B1</source>
        <translation>comptabilisés dans B1</translation>
    </message>
    <message>
        <source>found already in B1</source>
        <translation>déjà présents dans B1</translation>
    </message>
    <message>
        <source>queued for review</source>
        <translation>mis en file de contrôle</translation>
    </message>
    <message>
        <source>still in review</source>
        <translation>toujours en contrôle</translation>
    </message>
    <message>
        <source>already done earlier</source>
        <translation>déjà traités auparavant</translation>
    </message>
    <message>
        <source>nothing to post</source>
        <translation>rien à comptabiliser</translation>
    </message>
    <message>
        <source>superseded by a newer revision</source>
        <translation>remplacés par une révision plus récente</translation>
    </message>
    <message>
        <source>failed, will retry</source>
        <translation>en échec, nouvel essai prévu</translation>
    </message>
    <message>
        <source>outcome unknown, will look up</source>
        <translation>résultat inconnu, sera vérifié</translation>
    </message>
    <message>
        <source>B1 logins</source>
        <translation>connexions B1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>JdtNum</source>
        <translation>JdtNum</translation>
    </message>
    <message>
        <source>... and %1 more documents (see audit show)</source>
        <translation>... et %1 autres documents (voir audit show)</translation>
    </message>
    <message>
        <source>note: the page limit per cycle (concur/maxPagesPerCycle) was reached for %1; the next cycle reads on from there.</source>
        <translation>remarque : la limite de pages par cycle (concur/maxPagesPerCycle) a été atteinte pour %1 ; le prochain cycle reprend à partir de là.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Not configured yet: set %1 (ml-connector config set KEY VALUE).</source>
        <translation>Pas encore configuré : définissez %1 (ml-connector config set KEY VALUE).</translation>
    </message>
    <message>
        <source>b1/serviceRoot is not a valid URL.</source>
        <translation>b1/serviceRoot n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The service is running a sync cycle; waiting for it to finish...</source>
        <translation>Le service exécute un cycle de synchronisation ; attente de sa fin...</translation>
    </message>
    <message>
        <source>ml-connector: the service uses the new connection setting after its next restart.</source>
        <translation>ml-connector : le service utilisera le nouveau paramètre de connexion après son prochain redémarrage.</translation>
    </message>
    <message>
        <source>ml-connector: %1; working on the database directly.</source>
        <translation>ml-connector : %1 ; travail directement sur la base.</translation>
    </message>
    <message>
        <source>--local given</source>
        <translation>--local indiqué</translation>
    </message>
    <message>
        <source>no service answers on %1</source>
        <translation>aucun service ne répond sur %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>ml-connector: refusing the pipe %1: %2 Use --local to work on the database directly.</source>
        <translation>ml-connector : canal %1 refusé : %2 Utilisez --local pour travailler directement sur la base.</translation>
    </message>
    <message>
        <source>ml-connector: the service on %1 refused the connection: %2 (use --local to work on the database directly).</source>
        <translation>ml-connector : le service sur %1 a refusé la connexion : %2 (utilisez --local pour travailler directement sur la base).</translation>
    </message>
    <message>
        <source>the service on %1 did not report its status (%2)</source>
        <translation>le service sur %1 n&apos;a pas indiqué son état (%2)</translation>
    </message>
    <message>
        <source>the service on %1 serves another data directory</source>
        <translation>le service sur %1 sert un autre répertoire de données</translation>
    </message>
    <message>
        <source>ml-connector: acting through the running service (%1) as %2.</source>
        <translation>ml-connector : action via le service en cours (%1) en tant que %2.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>%1. Check the credentials with `ml-connector test-connections`.</source>
        <translation>%1. Vérifiez les identifiants avec `ml-connector test-connections`.</translation>
    </message>
    <message>
        <source>%1 document(s) failed and will be retried; %2 with an unknown outcome will be looked up in SAP Business One before anything is posted again. Details: ml-connector audit show.</source>
        <translation>%1 document(s) en échec seront réessayés ; %2 au résultat inconnu seront vérifiés dans SAP Business One avant toute nouvelle comptabilisation. Détails : ml-connector audit show.</translation>
    </message>
    <message>
        <source>%1 new document(s) need a decision in the review queue (ml-connector review list).</source>
        <translation>%1 nouveau(x) document(s) attendent une décision dans la file de contrôle (ml-connector review list).</translation>
    </message>
    <message>
        <source>%1 cycle: fetched %2, posted %3, recovered %4, to review %5, failed %6, pending %7%8.</source>
        <translation>Cycle %1 : récupérés %2, comptabilisés %3, retrouvés %4, à contrôler %5, en échec %6, en suspens %7%8.</translation>
    </message>
    <message numerus="yes">
        <source>(The same happened %n more time(s) since %1.)</source>
        <translation>
            <numerusform>(La même chose s&apos;est produite %n autre fois depuis %1.)</numerusform>
            <numerusform>(La même chose s&apos;est produite %n autres fois depuis %1.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the command from an elevated (administrator) prompt.</source>
        <translation>Lancez la commande depuis une invite élevée (administrateur).</translation>
    </message>
    <message>
        <source>Cannot open %1 to make Administrators its owner. Run install from an elevated prompt, or remove the data directory and run install again.</source>
        <translation>Impossible d&apos;ouvrir %1 pour en donner la propriété aux Administrateurs. Lancez install depuis une invite élevée, ou supprimez le répertoire de données et relancez install.</translation>
    </message>
    <message>
        <source>Cannot read what %1 is.</source>
        <translation>Impossible de déterminer ce qu&apos;est %1.</translation>
    </message>
    <message>
        <source>%1 is a junction or symbolic link. The data directory must hold only real files and folders: remove it and run install again.</source>
        <translation>%1 est une jonction ou un lien symbolique. Le répertoire de données ne doit contenir que de vrais fichiers et dossiers : supprimez-le et relancez install.</translation>
    </message>
    <message>
        <source>%1 is a hard link to a file elsewhere. Remove it and run install again.</source>
        <translation>%1 est un lien physique vers un fichier situé ailleurs. Supprimez-le et relancez install.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <source>Cannot build the data directory&apos;s permissions.</source>
        <translation>Impossible de construire les autorisations du répertoire de données.</translation>
    </message>
    <message>
        <source>Cannot make Administrators the owner of %1 (created by another account). Run install from an elevated prompt, or remove the data directory and run install again.</source>
        <translation>Impossible de donner aux Administrateurs la propriété de %1 (créé par un autre compte). Lancez install depuis une invite élevée, ou supprimez le répertoire de données et relancez install.</translation>
    </message>
    <message>
        <source>Cannot list %1.</source>
        <translation>Impossible de lister %1.</translation>
    </message>
    <message>
        <source>The account %1 was not found; only SYSTEM and Administrators can use the data directory.</source>
        <translation>Le compte %1 est introuvable ; seuls SYSTEM et les Administrateurs peuvent utiliser le répertoire de données.</translation>
    </message>
    <message>
        <source>The operators group %1 does not exist yet; create it and run install again so that its members can read the data directory.</source>
        <translation>Le groupe d&apos;opérateurs %1 n&apos;existe pas encore ; créez-le et relancez install pour que ses membres puissent lire le répertoire de données.</translation>
    </message>
    <message>
        <source>Cannot open the Windows service manager.</source>
        <translation>Impossible d&apos;ouvrir le gestionnaire de services Windows.</translation>
    </message>
    <message>
        <source>ml-connector (SAP Concur to SAP Business One)</source>
        <translation>ml-connector (SAP Concur vers SAP Business One)</translation>
    </message>
    <message>
        <source>ml-connector %1 (SAP Concur to SAP Business One)</source>
        <translation>ml-connector %1 (SAP Concur vers SAP Business One)</translation>
    </message>
    <message>
        <source>A service named %1 already exists; run `ml-connector uninstall` first.</source>
        <translation>Un service nommé %1 existe déjà ; lancez d&apos;abord `ml-connector uninstall`.</translation>
    </message>
    <message>
        <source>Cannot create the service %1.</source>
        <translation>Impossible de créer le service %1.</translation>
    </message>
    <message>
        <source>Posts approved SAP Concur expense reports and invoices to SAP Business One as journal entries. Logs to the Application event log (source %1).</source>
        <translation>Comptabilise les notes de frais et factures SAP Concur approuvées dans SAP Business One sous forme d&apos;écritures comptables. Journalise dans le journal d&apos;événements Application (source %1).</translation>
    </message>
    <message>
        <source>Cannot set the service description.</source>
        <translation>Impossible de définir la description du service.</translation>
    </message>
    <message>
        <source>This service manager does not support %1; it was skipped.</source>
        <translation>Ce gestionnaire de services ne prend pas en charge %1 ; ignoré.</translation>
    </message>
    <message>
        <source>Cannot set %1.</source>
        <translation>Impossible de définir %1.</translation>
    </message>
    <message>
        <source>a delayed automatic start</source>
        <translation>un démarrage automatique différé</translation>
    </message>
    <message>
        <source>restart-on-failure actions</source>
        <translation>les actions de redémarrage en cas d&apos;échec</translation>
    </message>
    <message>
        <source>restarts after an error exit</source>
        <translation>les redémarrages après une sortie en erreur</translation>
    </message>
    <message>
        <source>the preshutdown timeout</source>
        <translation>le délai de pré-arrêt</translation>
    </message>
    <message>
        <source>The service was installed but did not start.</source>
        <translation>Le service a été installé mais n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>No service named %1 is installed.</source>
        <translation>Aucun service nommé %1 n&apos;est installé.</translation>
    </message>
    <message>
        <source>Cannot open the service %1.</source>
        <translation>Impossible d&apos;ouvrir le service %1.</translation>
    </message>
    <message>
        <source>Cannot stop the service %1.</source>
        <translation>Impossible d&apos;arrêter le service %1.</translation>
    </message>
    <message>
        <source>The service %1 did not stop within %2 seconds; it was not removed.</source>
        <translation>Le service %1 ne s&apos;est pas arrêté en %2 secondes ; il n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>Cannot delete the service %1.</source>
        <translation>Impossible de supprimer le service %1.</translation>
    </message>
    <message>
        <source>run --service is the Windows service host. On Linux, systemd runs `ml-connector run --console` (see service/systemd/ml-connector.service).</source>
        <translation>run --service est l&apos;hôte du service Windows. Sous Linux, systemd exécute `ml-connector run --console` (voir service/systemd/ml-connector.service).</translation>
    </message>
    <message>
        <source>run --service must be started by the Windows service manager (sc start / services.msc). To run in this window use: ml-connector run --console</source>
        <translation>run --service doit être lancé par le gestionnaire de services Windows (sc start / services.msc). Pour l&apos;exécuter dans cette fenêtre : ml-connector run --console</translation>
    </message>
    <message>
        <source>Cannot connect to the Windows service manager (Windows error %1).</source>
        <translation>Impossible de se connecter au gestionnaire de services Windows (erreur Windows %1).</translation>
    </message>
    <message>
        <source>review show: the journal entry preview.</source>
        <translation>review show : l&apos;aperçu de l&apos;écriture comptable.</translation>
    </message>
    <message>
        <source>install: configure the service the MSI registered.</source>
        <translation>install : configurer le service enregistré par le MSI.</translation>
    </message>
    <message>
        <source>uninstall: also delete the data directory and secrets.</source>
        <translation>uninstall : supprimer aussi le répertoire de données et les secrets.</translation>
    </message>
    <message>
        <source>There is no %1 mapping for %2.</source>
        <translation>Il n&apos;existe aucune correspondance %1 pour %2.</translation>
    </message>
    <message>
        <source>Mapping %1 %2 deleted; queued documents will be re-evaluated next cycle (%3).</source>
        <translation>Correspondance %1 %2 supprimée ; les documents en attente seront réévalués au prochain cycle (%3).</translation>
    </message>
    <message>
        <source>Mapping %1 %2 -&gt; %3 deleted. Re-evaluated queued documents: %4 posted, %5 still in review.</source>
        <translation>Correspondance %1 %2 -&gt; %3 supprimée. Documents en attente réévalués : %4 comptabilisés, %5 toujours en contrôle.</translation>
    </message>
    <message>
        <source>does not exist in B1</source>
        <translation>n&apos;existe pas dans B1</translation>
    </message>
    <message>
        <source>is frozen in B1</source>
        <translation>est bloqué dans B1</translation>
    </message>
    <message>
        <source>is inactive in B1</source>
        <translation>est inactif dans B1</translation>
    </message>
    <message>
        <source>is not a supplier</source>
        <translation>n&apos;est pas un fournisseur</translation>
    </message>
    <message>
        <source>is a title account (not postable)</source>
        <translation>est un compte de titre (non imputable)</translation>
    </message>
    <message>
        <source>is a control account</source>
        <translation>est un compte collectif</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1 mapping(s) checked against B1, %2 with a target that cannot be used.</source>
        <translation>%1 correspondance(s) vérifiée(s) dans B1, %2 avec une cible inutilisable.</translation>
    </message>
    <message>
        <source>usage: mappings list [KIND] | set KIND SOURCE TARGET | delete KIND SOURCE | check [KIND] | import FILE | export [FILE]</source>
        <translation>utilisation : mappings list [KIND] | set KIND SOURCE TARGET | delete KIND SOURCE | check [KIND] | import FILE | export [FILE]</translation>
    </message>
    <message>
        <source>Journal entry preview - NOT POSTED (built now from the current mappings and B1 master data)</source>
        <translation>Aperçu de l&apos;écriture comptable - NON COMPTABILISÉE (construite maintenant à partir des correspondances actuelles et des données de base B1)</translation>
    </message>
    <message>
        <source>Document: %1
Title: %2
State: %3
</source>
        <translation>Document : %1
Titre : %2
État : %3
</translation>
    </message>
    <message>
        <source>Reference date: %1  Memo: %2  Reference: %3  Reference3: %4</source>
        <translation>Date de référence : %1  Mémo : %2  Référence : %3  Reference3 : %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Libellé de ligne</translation>
    </message>
    <message>
        <source>Balanced: yes</source>
        <translation>Équilibrée : oui</translation>
    </message>
    <message>
        <source>Balanced: NO (difference %1)</source>
        <translation>Équilibrée : NON (écart %1)</translation>
    </message>
    <message>
        <source>Partial: some lines cannot be built until the problems below are fixed.</source>
        <translation>Partielle : certaines lignes ne peuvent être construites qu&apos;une fois les problèmes ci-dessous corrigés.</translation>
    </message>
    <message>
        <source>Would post now: yes (retry the document to post it).</source>
        <translation>Comptabiliserait maintenant : oui (réessayez le document pour le comptabiliser).</translation>
    </message>
    <message>
        <source>Would post now: nothing to post.</source>
        <translation>Comptabiliserait maintenant : rien à comptabiliser.</translation>
    </message>
    <message>
        <source>Would post now: no. Still blocked by:</source>
        <translation>Comptabiliserait maintenant : non. Toujours bloqué par :</translation>
    </message>
    <message>
        <source>Configured the service %1 registered by the installer (delayed start, restarts after failures, preshutdown, data directory %2).</source>
        <translation>Service %1 enregistré par le programme d&apos;installation configuré (démarrage différé, redémarrage après un échec, pré-arrêt, répertoire de données %2).</translation>
    </message>
    <message>
        <source>Removed the service %1 and its Event Log source.</source>
        <translation>Service %1 et sa source du journal d&apos;événements supprimés.</translation>
    </message>
    <message>
        <source>The data directory is kept.</source>
        <translation>Le répertoire de données est conservé.</translation>
    </message>
    <message>
        <source>warning: secret %1 not removed: %2</source>
        <translation>avertissement : secret %1 non supprimé : %2</translation>
    </message>
    <message>
        <source>warning: secret store %1: %2</source>
        <translation>avertissement : magasin de secrets %1 : %2</translation>
    </message>
    <message>
        <source>Removed the data directory %1 and the stored secrets.</source>
        <translation>Répertoire de données %1 et secrets enregistrés supprimés.</translation>
    </message>
    <message>
        <source>install / uninstall register the Windows service. On Linux install the systemd unit: the .deb package installs the systemd unit, the user and /var/lib/ml-connector; then sudo systemctl enable --now ml-connector (see README, &quot;Install on Linux&quot;).</source>
        <translation>install / uninstall enregistrent le service Windows. Sous Linux, installez l&apos;unité systemd : le paquet .deb installe l&apos;unité systemd, l&apos;utilisateur et /var/lib/ml-connector ; puis sudo systemctl enable --now ml-connector (voir le README, « Install on Linux »).</translation>
    </message>
    <message>
        <source>ml-connector operators: may use the tray and read the connector&apos;s data.</source>
        <translation>Opérateurs ml-connector : peuvent utiliser l&apos;application de notification et lire les données du connecteur.</translation>
    </message>
    <message>
        <source>Cannot create the local group %1.</source>
        <translation>Impossible de créer le groupe local %1.</translation>
    </message>
    <message>
        <source>Cannot open the service %1 to configure it.</source>
        <translation>Impossible d&apos;ouvrir le service %1 pour le configurer.</translation>
    </message>
    <message>
        <source>The service was configured but did not start.</source>
        <translation>Le service a été configuré mais n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>%1 is not a data directory; nothing was removed.</source>
        <translation>%1 n&apos;est pas un répertoire de données ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>%1 is a junction or symbolic link; nothing was removed.</source>
        <translation>%1 est une jonction ou un lien symbolique ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>%1 holds no ml-connector.db; it does not look like ml-connector&apos;s data directory, so nothing was removed.</source>
        <translation>%1 ne contient pas de ml-connector.db ; il ne ressemble pas au répertoire de données de ml-connector, rien n&apos;a donc été supprimé.</translation>
    </message>
    <message>
        <source>Cannot remove all of %1 (a file in use?).</source>
        <translation>Impossible de supprimer entièrement %1 (un fichier en cours d&apos;utilisation ?).</translation>
    </message>
    <message>
        <source>Cannot set the service&apos;s command line.</source>
        <translation>Impossible de définir la ligne de commande du service.</translation>
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
        <translation>Utilisation : ml-connector [--data-dir DIR] [--secrets SPEC] [--pipe NAME] [--local] &lt;commande&gt; [arguments]

Commandes :
  sync [--json]                        exécuter un cycle de synchronisation et afficher un résumé
  test-connections [--json]            vérifier Concur et SAP Business One
  config list | get KEY | set KEY VALUE | unset KEY
                                       paramètres non secrets (points d&apos;accès, base de la société,
                                       comptes, sources des axes, certificat épinglé)
  secret set NAME                      lire un secret sur l&apos;entrée standard et le ranger dans le trousseau
                                       NAME : concur-client-secret | concur-request-token | b1-password
  secret status                        quels secrets sont définis (jamais leurs valeurs)
  mappings list [KIND]                 KIND : vendor | account | costcenter | currency
  mappings set KIND SOURCE TARGET      correspondance explicite ; libère les documents en attente qu&apos;elle bloquait
  mappings delete KIND SOURCE          supprimer une correspondance (tracé) ; les règles décident à nouveau
  mappings check [KIND] [--json]       correspondances dont la cible B1 manque, est bloquée ou inactive
  mappings import FILE | export [FILE] CSV : kind,source,target,origin
  review list [--json]                 documents en attente d&apos;une décision
  review show KEY                      un document en attente avec ses motifs
  review show KEY --preview [--json]   l&apos;écriture comptable qu&apos;il passerait maintenant (rien n&apos;est comptabilisé)
  review map KEY TARGET                associer le premier blocage du document à TARGET et réessayer
  review retry KEY                     réévaluer maintenant un document en attente
  review skip KEY --reason TEXT        retirer définitivement un document de la file
  review paid KEY REFERENCE DATE [AMOUNT] [--method E|C]
                                       un remboursement payé (niveau confirm-and-pay) :
                                       la confirmation de paiement part vers Concur au prochain cycle
  audit show [KEY] | verify | export [FILE]
  run --console [--pipe NAME]          le service au premier plan jusqu&apos;à Ctrl+C/SIGTERM
  run --service [--name NAME]          (Windows) le service sous le gestionnaire de services
  install [--name NAME] [--account A] [--start]
                                       (Windows, en administrateur) enregistrer le service :
                                       démarrage automatique différé, redémarrage en cas d&apos;échec,
                                       source du journal d&apos;événements ; utilise --data-dir/--secrets/--pipe
  install --existing                   (lancé par le MSI) configurer le service que Windows
                                       Installer a enregistré, comme le ferait install
  uninstall [--name NAME] [--remove-data]
                                       arrêter et supprimer le service et sa source du journal d&apos;événements ;
                                       --remove-data supprime aussi le répertoire de données et les
                                       secrets de --secrets (par défaut : conservés)

Mode client : quand un service répond sur son canal (--pipe NAME, par défaut ml-connector) pour le
même répertoire de données, sync, test-connections, review show --preview/map/retry/skip/paid,
mappings set/delete/check/import, config set/unset et secret set passent par lui ;
--local travaille directement sur la base.

Secrets SPEC : keychain:SERVICE (par défaut keychain:ml-connector), file:PATH (fichier 0600,
pour les serveurs sans bureau), memory.
Codes de sortie : 0 ok, 1 utilisation, 2 configuration, 3 connexion/authentification,
4 cycle avec des échecs, 5 données (introuvable, état invalide, chaîne d&apos;audit rompue), 10 interne.
</translation>
    </message>
    <message>
        <source>review paid: E (transfer) or C (cheque).</source>
        <translation>review paid : E (virement) ou C (chèque).</translation>
    </message>
    <message>
        <source>usage: review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]</source>
        <translation>utilisation : review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]</translation>
    </message>
    <message>
        <source>%1 marked paid; Concur is told at the next cycle.</source>
        <translation>%1 marqué comme payé ; Concur en sera informé au prochain cycle.</translation>
    </message>
    <message>
        <source>Written back to Concur</source>
        <translation>Transmis à Concur</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>réception accusée</translation>
    </message>
    <message>
        <source>posting confirmed</source>
        <translation>comptabilisation confirmée</translation>
    </message>
    <message>
        <source>payment confirmed</source>
        <translation>paiement confirmé</translation>
    </message>
    <message>
        <source>refused by Concur (in review)</source>
        <translation>refusé par Concur (en contrôle)</translation>
    </message>
    <message>
        <source>not answered, will retry</source>
        <translation>sans réponse, nouvel essai prévu</translation>
    </message>
</context>
<context>
    <name>mlc::logging</name>
    <message>
        <source>Cannot register the Event Log source %1.</source>
        <translation>Impossible d&apos;enregistrer la source du journal d&apos;événements %1.</translation>
    </message>
    <message>
        <source>Cannot remove the Event Log source %1.</source>
        <translation>Impossible de supprimer la source du journal d&apos;événements %1.</translation>
    </message>
</context>
<context>
    <name>mlc::service::ServiceCore</name>
    <message>
        <source>The service core is already started.</source>
        <translation>Le cœur du service est déjà démarré.</translation>
    </message>
    <message>
        <source>The service is stopping.</source>
        <translation>Le service s&apos;arrête.</translation>
    </message>
    <message>
        <source>A sync cycle is writing; try again when it has finished.</source>
        <translation>Un cycle de synchronisation est en train d&apos;écrire ; réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>Unknown method %1.</source>
        <translation>Méthode inconnue %1.</translation>
    </message>
    <message>
        <source>review.list: &quot;after&quot; must be the &quot;next&quot; of the previous page.</source>
        <translation>review.list : « after » doit être le « next » de la page précédente.</translation>
    </message>
    <message>
        <source>review.skip needs a key and a reason.</source>
        <translation>review.skip exige une clé et un motif.</translation>
    </message>
    <message>
        <source>A sync cycle is running; try again when it has finished.</source>
        <translation>Un cycle de synchronisation est en cours ; réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>mappings.set needs kind (vendor, account, costcenter, currency), source and target.</source>
        <translation>mappings.set exige un type (vendor, account, costcenter, currency), une source et une cible.</translation>
    </message>
    <message>
        <source>settings.set needs a key and a string value.</source>
        <translation>settings.set exige une clé et une valeur texte.</translation>
    </message>
    <message>
        <source>The schedule runs a cycle every %1 seconds, and every cycle calls Concur and SAP Business One. Seconds are meant for the sandbox and tests; use minutes (&quot;every 15m&quot;) in production.</source>
        <translation>La planification lance un cycle toutes les %1 secondes, et chaque cycle appelle Concur et SAP Business One. Les secondes sont destinées au bac à sable et aux tests ; utilisez des minutes (« every 15m ») en production.</translation>
    </message>
    <message>
        <source>Unknown secret %1 (concur-client-secret, concur-request-token, b1-password).</source>
        <translation>Secret inconnu %1 (concur-client-secret, concur-request-token, b1-password).</translation>
    </message>
    <message>
        <source>secrets.set needs a non-empty value.</source>
        <translation>secrets.set exige une valeur non vide.</translation>
    </message>
    <message>
        <source>review.resolve needs a key and a target.</source>
        <translation>review.resolve exige une clé et une cible.</translation>
    </message>
    <message>
        <source>No document %1 in the ledger.</source>
        <translation>Aucun document %1 dans le registre.</translation>
    </message>
    <message>
        <source>Document %1 is %2; only queued documents can be resolved.</source>
        <translation>Le document %1 est %2 ; seuls les documents en attente peuvent être résolus.</translation>
    </message>
    <message>
        <source>%1 is not a mapping that blocks %2.</source>
        <translation>%1 n&apos;est pas une correspondance qui bloque %2.</translation>
    </message>
    <message>
        <source>%1 has no mapping to fix; see &apos;review show %1&apos;.</source>
        <translation>%1 n&apos;a aucune correspondance à corriger ; voir « review show %1 ».</translation>
    </message>
    <message>
        <source>review.retry needs a key.</source>
        <translation>review.retry exige une clé.</translation>
    </message>
    <message>
        <source>review.preview needs a key.</source>
        <translation>review.preview exige une clé.</translation>
    </message>
    <message>
        <source>masterdata.search needs a kind (vendor, account, costcenter, currency) or a blocker.</source>
        <translation>masterdata.search exige un type (vendor, account, costcenter, currency) ou un blocage.</translation>
    </message>
    <message>
        <source>mappings.delete needs kind (vendor, account, costcenter, currency) and source.</source>
        <translation>mappings.delete exige un type (vendor, account, costcenter, currency) et une source.</translation>
    </message>
    <message>
        <source>There is no %1 mapping for %2.</source>
        <translation>Il n&apos;existe aucune correspondance %1 pour %2.</translation>
    </message>
    <message>
        <source>payments.mark needs a key, a reference and a date.</source>
        <translation>payments.mark a besoin d&apos;une clé, d&apos;une référence et d&apos;une date.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::AuditModel</name>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>mlc::tray::AuditPage</name>
    <message>
        <source>Search document, user, action or detail</source>
        <translation>Rechercher un document, un utilisateur, une action ou un détail</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Rechercher dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Recompute the chain of fingerprints: any altered, removed or reordered entry is found.</source>
        <translation>Recalculer la chaîne d&apos;empreintes : toute entrée modifiée, supprimée ou déplacée est détectée.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Save the whole audit trail as a CSV file for Excel.</source>
        <translation>Enregistrer toute la piste d&apos;audit dans un fichier CSV pour Excel.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Impossible de lire la piste d&apos;audit : %1</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was altered, removed or reordered.</source>
        <translation>La piste d&apos;audit est intacte : aucune entrée n&apos;a été modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <source>The audit trail was altered: entry %1 (or the one before it) does not match its fingerprint. Tell your administrator and keep a copy of the data directory.</source>
        <translation>La piste d&apos;audit a été modifiée : l&apos;entrée %1 (ou la précédente) ne correspond pas à son empreinte. Prévenez votre administrateur et conservez une copie du répertoire de données.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <source>The audit trail was saved to %1.</source>
        <translation>La piste d&apos;audit a été enregistrée dans %1.</translation>
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
        <translation>Adresse du Service Layer</translation>
    </message>
    <message>
        <source>Company database</source>
        <translation>Base de données de la société</translation>
    </message>
    <message>
        <source>e.g. SBODEMOUS</source>
        <translation>p. ex. SBODEMOUS</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>a Service Layer user, e.g. manager</source>
        <translation>un utilisateur du Service Layer, p. ex. manager</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint (SHA-256)</source>
        <translation>Empreinte du certificat approuvé (SHA-256)</translation>
    </message>
    <message>
        <source>none: the certificate must come from a trusted authority</source>
        <translation>aucune : le certificat doit venir d&apos;une autorité reconnue</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>&amp;Approuver ce certificat</translation>
    </message>
    <message>
        <source>Service &amp;Layer address:</source>
        <translation>Adresse du Service &amp;Layer :</translation>
    </message>
    <message>
        <source>Company &amp;database:</source>
        <translation>Base de &amp;données de la société :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Certificate (S&amp;HA-256):</source>
        <translation>Certificat (S&amp;HA-256) :</translation>
    </message>
    <message>
        <source>Save to trust this certificate, then test again.</source>
        <translation>Enregistrez pour approuver ce certificat, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Connected to company %1 (Service Layer %2).</source>
        <translation>Connecté à la société %1 (Service Layer %2).</translation>
    </message>
    <message>
        <source>The server presented a certificate with the SHA-256 fingerprint
%1
Compare it with the certificate on the SAP Business One server before you trust it.</source>
        <translation>Le serveur a présenté un certificat d&apos;empreinte SHA-256
%1
Comparez-la avec le certificat du serveur SAP Business One avant de l&apos;approuver.</translation>
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
        <translation>Adresse Concur</translation>
    </message>
    <message>
        <source>Global (recommended) – glz.api.concursolutions.com</source>
        <translation>Mondial (recommandé) – glz.api.concursolutions.com</translation>
    </message>
    <message>
        <source>North America – us2.api.concursolutions.com</source>
        <translation>Amérique du Nord – us2.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Europe – eu2.api.concursolutions.com</source>
        <translation>Europe – eu2.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Asia Pacific – apj1.api.concursolutions.com</source>
        <translation>Asie-Pacifique – apj1.api.concursolutions.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de la société</translation>
    </message>
    <message>
        <source>the company UUID from Concur</source>
        <translation>l&apos;UUID de la société dans Concur</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Company request token</source>
        <translation>Jeton de requête de la société</translation>
    </message>
    <message>
        <source>Concur &amp;address:</source>
        <translation>&amp;Adresse Concur :</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID c&amp;lient :</translation>
    </message>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation>ID de la sociét&amp;é :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Company re&amp;quest token:</source>
        <translation>&amp;Jeton de requête de la société :</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Connected to the company (the request token has been exchanged).</source>
        <translation>Connecté à la société (le jeton de requête a été échangé).</translation>
    </message>
    <message>
        <source>Not connected yet: the service exchanges the request token at its first sync or test.</source>
        <translation>Pas encore connecté : le service échange le jeton de requête à sa première synchronisation ou à son premier test.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. %n expense report(s) are ready to read.</source>
        <translation>
            <numerusform>Connecté à %1. %n note de frais est prête à être lue.</numerusform>
            <numerusform>Connecté à %1. %n notes de frais sont prêtes à être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed now; a new token connects the company again</source>
        <translation>inutile pour l&apos;instant ; un nouveau jeton reconnecte la société</translation>
    </message>
    <message>
        <source>Write-back to Concur</source>
        <translation>Confirmations à Concur</translation>
    </message>
    <message>
        <source>Write-back t&amp;o Concur:</source>
        <translation>C&amp;onfirmations à Concur :</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ConnectionSection</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Save your changes first: the test uses the saved settings.</source>
        <translation>Enregistrez d&apos;abord vos modifications : le test utilise les paramètres enregistrés.</translation>
    </message>
    <message>
        <source>The service connects with the saved settings and reports what it found.</source>
        <translation>Le service se connecte avec les paramètres enregistrés et indique ce qu&apos;il a trouvé.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>mlc::tray::FirstRunAssistant</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Set up ml-connector</source>
        <translation>Configurer ml-connector</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Configurer &amp;plus tard</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>SAP Business One</source>
        <translation>SAP Business One</translation>
    </message>
    <message>
        <source>Where the Service Layer runs and which user posts the journal entries. After going on, come back and test the connection if you like.</source>
        <translation>Où tourne le Service Layer et quel utilisateur passe les écritures comptables. Après avoir continué, revenez tester la connexion si vous le souhaitez.</translation>
    </message>
    <message>
        <source>SAP Concur</source>
        <translation>SAP Concur</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <source>The accounts and the posting date rules.</source>
        <translation>Les comptes et les règles de date comptable.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>When the connector looks for approved documents.</source>
        <translation>Quand le connecteur cherche les documents approuvés.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The settings are saved. The first sync runs on the schedule; use &quot;Run sync now&quot; on the Overview to start it at once. Documents that cannot be matched to a supplier, account or cost center wait in the review queue.</source>
        <translation>Les paramètres sont enregistrés. La première synchronisation suit la planification ; utilisez « Synchroniser maintenant » dans la vue d&apos;ensemble pour la lancer tout de suite. Les documents qui ne peuvent être associés à un fournisseur, un compte ou un centre de coûts attendent dans la file de contrôle.</translation>
    </message>
    <message>
        <source>ml-connector copies approved expense reports and invoices from SAP Concur into SAP Business One as journal entries. It changes nothing in Concur unless you choose to write back to Concur in the SAP Concur step.

These steps connect it to both systems and decide how documents post. Each step is saved when you go on; everything can be changed later under Settings.</source>
        <translation>ml-connector copie les notes de frais et factures approuvées de SAP Concur dans SAP Business One sous forme d&apos;écritures comptables. Il ne modifie rien dans Concur, sauf si vous choisissez d&apos;envoyer des confirmations à Concur à l&apos;étape SAP Concur.

Ces étapes le connectent aux deux systèmes et déterminent comment les documents sont comptabilisés. Chaque étape est enregistrée quand vous continuez ; tout peut être modifié plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>The app&apos;s credentials from Concur, the company request token your Concur administrator generated, and what ml-connector may write back to Concur.</source>
        <translation>Les identifiants de l&apos;application fournis par Concur, le jeton de requête de la société généré par votre administrateur Concur, et ce que ml-connector peut confirmer à Concur.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of this window</source>
        <translation>Langue de cette fenêtre</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Saved for you. The new language shows the next time the tray starts.</source>
        <translation>Enregistré pour vous. La nouvelle langue s&apos;affichera au prochain démarrage de l&apos;application.</translation>
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
        <translation>État du service</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de contrôle</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Connected to the service as an administrator.</source>
        <translation>Connecté au service en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>Connected to the service.</source>
        <translation>Connecté au service.</translation>
    </message>
    <message>
        <source>Showing the state saved when the service stopped.</source>
        <translation>Affichage de l&apos;état enregistré à l&apos;arrêt du service.</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>File de contrôle (%1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>About ml-connector</source>
        <translation>À propos de ml-connector</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Versions and the data folder (F1)</source>
        <translation>Versions et dossier de données (F1)</translation>
    </message>
    <message>
        <source>The service is running, version %1.</source>
        <translation>Le service tourne, version %1.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Le service est arrêté.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ml-connector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copies approved SAP Concur expense reports and invoices into SAP Business One as journal entries. It never changes anything in Concur.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Data folder: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ml-connector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copie les notes de frais et factures SAP Concur approuvées dans SAP Business One sous forme d&apos;écritures comptables. Il ne modifie jamais rien dans Concur.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Dossier de données : %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingDialog</name>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>e.g. employee:12345AB, 6999, 1:21-KING or USD</source>
        <translation>p. ex. employee:12345AB, 6999, 1:21-KING ou USD</translation>
    </message>
    <message>
        <source>the code in SAP Business One</source>
        <translation>le code dans SAP Business One</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Concur value:</source>
        <translation>Valeur &amp;Concur :</translation>
    </message>
    <message>
        <source>&amp;B1 code:</source>
        <translation>Code &amp;B1 :</translation>
    </message>
    <message>
        <source>&amp;Find in B1…</source>
        <translation>&amp;Chercher dans B1…</translation>
    </message>
    <message>
        <source>Search SAP Business One for the code.</source>
        <translation>Chercher le code dans SAP Business One.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingsModel</name>
    <message>
        <source>Vendor / employee</source>
        <translation>Fournisseur / employé</translation>
    </message>
    <message>
        <source>G/L account</source>
        <translation>Compte général</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>défini par une personne</translation>
    </message>
    <message>
        <source>automatic: same code in B1</source>
        <translation>automatique : même code dans B1</translation>
    </message>
    <message>
        <source>automatic: same tax ID</source>
        <translation>automatique : même numéro fiscal</translation>
    </message>
    <message>
        <source>automatic: same name</source>
        <translation>automatique : même nom</translation>
    </message>
    <message>
        <source>automatic: employee ID</source>
        <translation>automatique : matricule</translation>
    </message>
    <message>
        <source>automatic: ISO currency code</source>
        <translation>automatique : code devise ISO</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatique (%1)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Concur value</source>
        <translation>Valeur Concur</translation>
    </message>
    <message>
        <source>B1 code</source>
        <translation>Code B1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingsPage</name>
    <message>
        <source>Kind of mapping</source>
        <translation>Type de correspondance</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Search Concur value or B1 code</source>
        <translation>Rechercher une valeur Concur ou un code B1</translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation>Rechercher dans les correspondances</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Map a Concur value to a B1 code.</source>
        <translation>Associer une valeur Concur à un code B1.</translation>
    </message>
    <message>
        <source>Read mappings from a CSV file (kind,source,target).</source>
        <translation>Lire des correspondances depuis un fichier CSV (kind,source,target).</translation>
    </message>
    <message>
        <source>Save the mappings shown as a CSV file for Excel.</source>
        <translation>Enregistrer les correspondances affichées dans un fichier CSV pour Excel.</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>la correspondance</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n mapping(s)). Documents that waited for them were checked again.</source>
        <translation>
            <numerusform>Enregistré : %1 (%n correspondance). Les documents qui l&apos;attendaient ont été revérifiés.</numerusform>
            <numerusform>Enregistré : %1 (%n correspondances). Les documents qui les attendaient ont été revérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some mappings were not saved:
%1</source>
        <translation>Certaines correspondances n&apos;ont pas été enregistrées :
%1</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Importer des correspondances</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a mappings file: %2</source>
        <translation>%1 n&apos;est pas un fichier de correspondances : %2</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Exporter les correspondances</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) saved to %1.</source>
        <translation>
            <numerusform>%n correspondance enregistrée dans %1.</numerusform>
            <numerusform>%n correspondances enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code does not exist in SAP Business One any more.</source>
        <translation>Ce code n&apos;existe plus dans SAP Business One.</translation>
    </message>
    <message>
        <source>This code is frozen in SAP Business One.</source>
        <translation>Ce code est bloqué dans SAP Business One.</translation>
    </message>
    <message>
        <source>This code is inactive in SAP Business One.</source>
        <translation>Ce code est inactif dans SAP Business One.</translation>
    </message>
    <message>
        <source>This business partner is not a supplier.</source>
        <translation>Ce partenaire n&apos;est pas un fournisseur.</translation>
    </message>
    <message>
        <source>This is a title account: nothing can be posted to it.</source>
        <translation>C&apos;est un compte de titre : rien ne peut y être comptabilisé.</translation>
    </message>
    <message>
        <source>This is a control account: B1 refuses manual postings to it.</source>
        <translation>C&apos;est un compte collectif : B1 y refuse les écritures manuelles.</translation>
    </message>
    <message>
        <source>Documents that use this mapping wait in review until it is changed or deleted.</source>
        <translation>Les documents qui utilisent cette correspondance attendent dans la file de contrôle jusqu&apos;à ce qu&apos;elle soit modifiée ou supprimée.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Double-click a mapping or press Enter to change it, Delete to remove it. Saving a mapping posts the documents that waited for it.</source>
        <translation>Double-cliquez sur une correspondance ou appuyez sur Entrée pour la modifier, sur Suppr pour la supprimer. L&apos;enregistrer comptabilise les documents qui l&apos;attendaient.</translation>
    </message>
    <message>
        <source>The mappings could not be checked against SAP Business One: %1</source>
        <translation>Impossible de vérifier les correspondances dans SAP Business One : %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n mapping(s) point to a code that is missing, frozen or inactive in SAP Business One. Hover over the warning for details; change or delete them.</source>
        <translation>
            <numerusform>⚠ %n correspondance pointe vers un code absent, bloqué ou inactif dans SAP Business One. Survolez l&apos;avertissement pour les détails ; modifiez-la ou supprimez-la.</numerusform>
            <numerusform>⚠ %n correspondances pointent vers un code absent, bloqué ou inactif dans SAP Business One. Survolez l&apos;avertissement pour les détails ; modifiez-les ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Supprimer la correspondance</translation>
    </message>
    <message>
        <source>Delete the mapping of %1 %2 to %3?

Entries already posted are not changed. New documents with %2 are matched by the automatic rules again, or wait in review.</source>
        <translation>Supprimer la correspondance de %1 %2 vers %3 ?

Les écritures déjà comptabilisées ne changent pas. Les nouveaux documents avec %2 sont de nouveau associés par les règles automatiques, ou attendent dans la file de contrôle.</translation>
    </message>
    <message>
        <source>Deleting the mapping…</source>
        <translation>Suppression de la correspondance…</translation>
    </message>
    <message>
        <source>The mapping was not deleted: %1</source>
        <translation>La correspondance n&apos;a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>Deleted the mapping of %1 %2 (it was %3).</source>
        <translation>Correspondance de %1 %2 supprimée (elle pointait vers %3).</translation>
    </message>
    <message>
        <source>Remove the selected mapping (kept in the audit trail).</source>
        <translation>Supprimer la correspondance sélectionnée (conservée dans la piste d&apos;audit).</translation>
    </message>
</context>
<context>
    <name>mlc::tray::MasterDataPicker</name>
    <message>
        <source>Choose in SAP Business One</source>
        <translation>Choisir dans SAP Business One</translation>
    </message>
    <message>
        <source>Type part of the code or name</source>
        <translation>Saisissez une partie du code ou du nom</translation>
    </message>
    <message>
        <source>Search SAP Business One</source>
        <translation>Rechercher dans SAP Business One</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Matches in SAP Business One</source>
        <translation>Résultats dans SAP Business One</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Pourquoi suggéré</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Choose the B1 supplier (business partner) for %1.</source>
        <translation>Choisissez le fournisseur B1 (partenaire) pour %1.</translation>
    </message>
    <message>
        <source>Choose the B1 G/L account for %1.</source>
        <translation>Choisissez le compte général B1 pour %1.</translation>
    </message>
    <message>
        <source>Choose the B1 profit center for %1.</source>
        <translation>Choisissez le centre de profit B1 pour %1.</translation>
    </message>
    <message>
        <source>Choose the B1 currency for %1.</source>
        <translation>Choisissez la devise B1 pour %1.</translation>
    </message>
    <message>
        <source>Searching SAP Business One…</source>
        <translation>Recherche dans SAP Business One…</translation>
    </message>
    <message>
        <source>No queued document waits for this mapping.</source>
        <translation>Aucun document en attente n&apos;attend cette correspondance.</translation>
    </message>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s)</source>
        <translation>
            <numerusform>Quel que soit votre choix, l&apos;enregistrer libère %n document en attente</numerusform>
            <numerusform>Quel que soit votre choix, l&apos;enregistrer libère %n documents en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them post at once; the others still wait for something else).</source>
        <translation>
            <numerusform>(%n d&apos;entre eux est comptabilisé aussitôt ; les autres attendent encore autre chose).</numerusform>
            <numerusform>(%n d&apos;entre eux sont comptabilisés aussitôt ; les autres attendent encore autre chose).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Similar name (%1%)</source>
        <translation>Nom proche (%1 %)</translation>
    </message>
    <message>
        <source>%1 (dimension %2)</source>
        <translation>%1 (axe %2)</translation>
    </message>
    <message numerus="yes">
        <source>Mapping to %1 releases %n waiting document(s).</source>
        <translation>
            <numerusform>Associer à %1 libère %n document en attente.</numerusform>
            <numerusform>Associer à %1 libère %n documents en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>SAP Business One has nothing usable of this kind.</source>
        <translation>SAP Business One n&apos;a rien d&apos;utilisable de ce type.</translation>
    </message>
    <message>
        <source>Nothing in SAP Business One matches &quot;%1&quot;.</source>
        <translation>Rien dans SAP Business One ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Showing the best %1 of %2 matches; type more to narrow them down.</source>
        <translation>Affichage des %1 meilleurs résultats sur %2 ; tapez davantage pour affiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Press Enter to choose the selected one.</source>
        <translation>
            <numerusform>%n résultat. Appuyez sur Entrée pour choisir la sélection.</numerusform>
            <numerusform>%n résultats. Appuyez sur Entrée pour choisir la sélection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s); nothing else holds them, so they post at once.</source>
        <translation>
            <numerusform>Quel que soit votre choix, l&apos;enregistrer libère %n document en attente ; rien d&apos;autre ne le retient, il est donc comptabilisé aussitôt.</numerusform>
            <numerusform>Quel que soit votre choix, l&apos;enregistrer libère %n documents en attente ; rien d&apos;autre ne les retient, ils sont donc comptabilisés aussitôt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::OverviewPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation :</translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation>Prochaine synchronisation :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Posted today:</source>
        <translation>Comptabilisés aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>Posted this month:</source>
        <translation>Comptabilisés ce mois-ci :</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>En attente de contrôle :</translation>
    </message>
    <message>
        <source>Failed, retried automatically:</source>
        <translation>En échec, réessayés automatiquement :</translation>
    </message>
    <message>
        <source>Awaiting confirmation from B1:</source>
        <translation>En attente de confirmation de B1 :</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Synchronisations récentes</translation>
    </message>
    <message>
        <source>&amp;Run sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Suspendre la &amp;planification</translation>
    </message>
    <message>
        <source>Open the review &amp;queue</source>
        <translation>Ouvrir la &amp;file de contrôle</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>unknown while the service is not running</source>
        <translation>inconnu tant que le service est arrêté</translation>
    </message>
    <message>
        <source>Syncing now</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>échec de la dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>Reprendre la &amp;planification</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Aucune synchronisation n&apos;a encore eu lieu.</translation>
    </message>
    <message>
        <source>The connector&apos;s database could not be read: %1</source>
        <translation>Impossible de lire la base de données du connecteur : %1</translation>
    </message>
    <message>
        <source>Sync started…</source>
        <translation>Synchronisation lancée…</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <source>Posted per day (last two weeks)</source>
        <translation>Comptabilisés par jour (deux dernières semaines)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>SAP Concur:</source>
        <translation>SAP Concur :</translation>
    </message>
    <message>
        <source>SAP Business One:</source>
        <translation>SAP Business One :</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>&amp;Tester les connexions</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>pas encore testé</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>connected (tested %1)</source>
        <translation>connecté (testé %1)</translation>
    </message>
    <message>
        <source>fetched %1, posted %2, found in B1 %3, to review %4, failed %5, pending %6</source>
        <translation>récupérés %1, comptabilisés %2, trouvés dans B1 %3, à contrôler %4, en échec %5, en suspens %6</translation>
    </message>
    <message>
        <source> (stopped early by a stop request)</source>
        <translation> (arrêté tôt par une demande d&apos;arrêt)</translation>
    </message>
    <message>
        <source> (page limit reached: the rest is read in the next sync)</source>
        <translation> (limite de pages atteinte : la suite est lue à la prochaine synchronisation)</translation>
    </message>
    <message>
        <source>Write-back to Concur:</source>
        <translation>Confirmations à Concur :</translation>
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
        <translation>Documents comptabilisés par jour</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing posted in the last %n day(s).</source>
        <translation>
            <numerusform>Rien de comptabilisé depuis %n jour.</numerusform>
            <numerusform>Rien de comptabilisé depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) posted</source>
        <translation>
            <numerusform>%1 : %n document comptabilisé</numerusform>
            <numerusform>%1 : %n documents comptabilisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::PostingSection</name>
    <message>
        <source>Posting</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <source>G/L account code in SAP Business One</source>
        <translation>Numéro de compte général dans SAP Business One</translation>
    </message>
    <message>
        <source>Input &amp;tax account:</source>
        <translation>Compte de &amp;TVA déductible :</translation>
    </message>
    <message>
        <source>Input tax account</source>
        <translation>Compte de TVA déductible</translation>
    </message>
    <message>
        <source>&amp;Freight account:</source>
        <translation>Compte de &amp;frais de port :</translation>
    </message>
    <message>
        <source>Freight account</source>
        <translation>Compte de frais de port</translation>
    </message>
    <message>
        <source>Company &amp;card clearing account:</source>
        <translation>Compte d&apos;attente &amp;carte d&apos;entreprise :</translation>
    </message>
    <message>
        <source>Company card clearing account</source>
        <translation>Compte d&apos;attente carte d&apos;entreprise</translation>
    </message>
    <message>
        <source>Employee business partner prefix</source>
        <translation>Préfixe des partenaires employés</translation>
    </message>
    <message>
        <source>e.g. E: employee 1001 is business partner E1001</source>
        <translation>p. ex. E : l&apos;employé 1001 est le partenaire E1001</translation>
    </message>
    <message>
        <source>&amp;Employee business partner prefix:</source>
        <translation>Préfixe des partenaires &amp;employés :</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>Date comptable</translation>
    </message>
    <message>
        <source>The date Concur processed the payment (recommended)</source>
        <translation>La date à laquelle Concur a traité le paiement (recommandé)</translation>
    </message>
    <message>
        <source>The date the report was submitted</source>
        <translation>La date de soumission de la note</translation>
    </message>
    <message>
        <source>The date of the sync</source>
        <translation>La date de la synchronisation</translation>
    </message>
    <message>
        <source>Posting &amp;date:</source>
        <translation>&amp;Date comptable :</translation>
    </message>
    <message>
        <source>Company time zone</source>
        <translation>Fuseau horaire de la société</translation>
    </message>
    <message>
        <source>Company time &amp;zone:</source>
        <translation>Fuseau &amp;horaire de la société :</translation>
    </message>
    <message>
        <source>Concur field for dimension %1</source>
        <translation>Champ Concur pour l&apos;axe %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisé)</translation>
    </message>
    <message>
        <source>Dimension %1 from:</source>
        <translation>Axe %1 depuis :</translation>
    </message>
    <message>
        <source>Other clearing accounts (per Concur payment type) are set with the command line: ml-connector config set posting/clearingAccount/&lt;code&gt; &lt;account&gt;.</source>
        <translation>Les autres comptes d&apos;attente (par type de paiement Concur) se définissent en ligne de commande : ml-connector config set posting/clearingAccount/&lt;code&gt; &lt;account&gt;.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewPage</name>
    <message>
        <source>Search document, employee or vendor</source>
        <translation>Rechercher un document, un employé ou un fournisseur</translation>
    </message>
    <message>
        <source>Search the review queue</source>
        <translation>Rechercher dans la file de contrôle</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Expense reports</source>
        <translation>Notes de frais</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <source>Documents waiting for review</source>
        <translation>Documents en attente de contrôle</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <source>Map to</source>
        <translation>Associer à</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Associer</translation>
    </message>
    <message>
        <source>Save this mapping; every document waiting for it is posted again.</source>
        <translation>Enregistrer cette correspondance ; chaque document qui l&apos;attend est de nouveau comptabilisé.</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Check the selected documents again (after a change in SAP Business One).</source>
        <translation>Revérifier les documents sélectionnés (après une modification dans SAP Business One).</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>I&amp;gnorer…</translation>
    </message>
    <message>
        <source>Take the selected documents out of the queue for good, with a reason.</source>
        <translation>Retirer définitivement les documents sélectionnés de la file, avec un motif.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is waiting for review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien n&apos;attend de contrôle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a document to see why it waits and what you can do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un document pour voir pourquoi il attend et ce que vous pouvez faire.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n documents selected. Retry or skip them together.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n document sélectionné. Réessayez-le ou ignorez-le.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n documents sélectionnés. Réessayez-les ou ignorez-les ensemble.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>In queue since</source>
        <translation>En file depuis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Pourquoi il attend</translation>
    </message>
    <message>
        <source>Closest matches:</source>
        <translation>Correspondances les plus proches :</translation>
    </message>
    <message>
        <source>Nothing to map for this document.</source>
        <translation>Rien à associer pour ce document.</translation>
    </message>
    <message>
        <source>Map %1 to a %2:</source>
        <translation>%2 pour %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n comptabilisé</numerusform>
            <numerusform>%n comptabilisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n toujours en attente</numerusform>
            <numerusform>%n toujours en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n sera réessayé</numerusform>
            <numerusform>%n seront réessayés</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or choose what %1 maps to.</source>
        <translation>Saisissez ou choisissez la cible de %1.</translation>
    </message>
    <message>
        <source>Saving the mapping…</source>
        <translation>Enregistrement de la correspondance…</translation>
    </message>
    <message>
        <source>Mapped %1 to %2: %3.</source>
        <translation>%1 associé à %2 : %3.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n document(s) again…</source>
        <translation>
            <numerusform>Nouvelle vérification de %n document…</numerusform>
            <numerusform>Nouvelle vérification de %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n document(s) again.</source>
        <translation>
            <numerusform>%n document revérifié.</numerusform>
            <numerusform>%n documents revérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip documents</source>
        <translation>Ignorer des documents</translation>
    </message>
    <message numerus="yes">
        <source>Why should %n document(s) not be posted? The reason is kept in the audit trail.</source>
        <translation>
            <numerusform>Pourquoi %n document ne doit-il pas être comptabilisé ? Le motif est conservé dans la piste d&apos;audit.</numerusform>
            <numerusform>Pourquoi %n documents ne doivent-ils pas être comptabilisés ? Le motif est conservé dans la piste d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required to skip a document.</source>
        <translation>Un motif est requis pour ignorer un document.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n document(s).</source>
        <translation>
            <numerusform>%n document ignoré.</numerusform>
            <numerusform>%n documents ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in B1…</source>
        <translation>&amp;Chercher dans B1…</translation>
    </message>
    <message>
        <source>Search the suppliers, accounts or profit centers in SAP Business One, best matches first.</source>
        <translation>Rechercher les fournisseurs, comptes ou centres de profit dans SAP Business One, meilleurs résultats en premier.</translation>
    </message>
    <message>
        <source>Journal entry preview – not posted</source>
        <translation>Aperçu de l&apos;écriture – non comptabilisée</translation>
    </message>
    <message>
        <source>Journal entry preview, not posted</source>
        <translation>Aperçu de l&apos;écriture, non comptabilisée</translation>
    </message>
    <message>
        <source>Account / BP</source>
        <translation>Compte / partenaire</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Libellé de ligne</translation>
    </message>
    <message>
        <source>Select one document to see the journal entry it would post.</source>
        <translation>Sélectionnez un document pour voir l&apos;écriture qu&apos;il passerait.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Construction de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The preview needs the service: %1</source>
        <translation>L&apos;aperçu a besoin du service : %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu : %1</translation>
    </message>
    <message>
        <source>BP %1</source>
        <translation>Partenaire %1</translation>
    </message>
    <message>
        <source>%1 is not mapped yet</source>
        <translation>%1 : pas encore de correspondance</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>No lines can be built yet.</source>
        <translation>Aucune ligne ne peut encore être construite.</translation>
    </message>
    <message>
        <source>Debits equal credits.</source>
        <translation>Débit égal au crédit.</translation>
    </message>
    <message>
        <source>Not balanced: difference %1 %2.</source>
        <translation>Non équilibrée : écart %1 %2.</translation>
    </message>
    <message>
        <source>Part of the entry only: some lines cannot be built until the problems above are fixed.</source>
        <translation>Une partie de l&apos;écriture seulement : certaines lignes ne peuvent être construites qu&apos;une fois les problèmes ci-dessus corrigés.</translation>
    </message>
    <message>
        <source>Nothing blocks it any more: Retry posts this entry.</source>
        <translation>Plus rien ne la bloque : Réessayer comptabilise cette écriture.</translation>
    </message>
    <message>
        <source>Nothing would be posted.</source>
        <translation>Rien ne serait comptabilisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked ⚠ still need a mapping.</source>
        <translation>
            <numerusform>%n ligne marquée ⚠ attend encore une correspondance.</numerusform>
            <numerusform>%n lignes marquées ⚠ attendent encore une correspondance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not posted: %n problem(s) still block it.</source>
        <translation>
            <numerusform>Non comptabilisée : %n problème la bloque encore.</numerusform>
            <numerusform>Non comptabilisée : %n problèmes la bloquent encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting date %1.</source>
        <translation>Date comptable %1.</translation>
    </message>
    <message>
        <source>the Concur employee %1 (%2)</source>
        <translation>l&apos;employé Concur %1 (%2)</translation>
    </message>
    <message>
        <source>the Concur vendor %1</source>
        <translation>le fournisseur Concur %1</translation>
    </message>
    <message>
        <source>%1 (not mapped)</source>
        <translation>%1 (sans correspondance)</translation>
    </message>
    <message>
        <source>Queued when</source>
        <translation>Mis en file quand</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Before this month</source>
        <translation>Avant ce mois-ci</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Montant à partir de</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir de</translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation>Montant jusqu&apos;à</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>jusqu&apos;à</translation>
    </message>
    <message>
        <source>&amp;Queued:</source>
        <translation>En &amp;file :</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Already posted to SAP Business One: its journal entry stays there and is not posted again. Retry only sends the write-back to Concur again.</source>
        <translation>Déjà comptabilisé dans SAP Business One : son écriture y reste et n&apos;est pas comptabilisée une seconde fois. Réessayer ne fait que renvoyer la confirmation à Concur.</translation>
    </message>
    <message>
        <source>Retry sends the write-back to Concur again; it does not post this entry by itself.</source>
        <translation>Réessayer renvoie la confirmation à Concur ; cela ne comptabilise pas cette écriture à lui seul.</translation>
    </message>
    <message numerus="yes">
        <source>Why do you accept Concur&apos;s refusal for %n document(s)? Nothing more is sent to Concur about them; the reason is kept in the audit trail.</source>
        <translation>
            <numerusform>Pourquoi acceptez-vous le refus de Concur pour %n document ? Plus rien n&apos;est envoyé à Concur à son sujet ; le motif est conservé dans la piste d&apos;audit.</numerusform>
            <numerusform>Pourquoi acceptez-vous le refus de Concur pour %n documents ? Plus rien n&apos;est envoyé à Concur à leur sujet ; le motif est conservé dans la piste d&apos;audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewQueueModel</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Expense report</source>
        <translation>Note de frais</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file depuis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ScheduleSection</name>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>every 15m (the default)</source>
        <translation>every 15m (par défaut)</translation>
    </message>
    <message>
        <source>Examples: &quot;every 15m&quot;, &quot;every 30m between 08:00-18:00 on mon-fri&quot;, &quot;weekdays at 18:00&quot;, or a cron line such as &quot;0 18 * * 1-5&quot;.</source>
        <translation>Exemples : « every 15m », « every 30m between 08:00-18:00 on mon-fri », « weekdays at 18:00 », ou une ligne cron comme « 0 18 * * 1-5 ».</translation>
    </message>
    <message>
        <source>Schedule time zone</source>
        <translation>Fuseau horaire de la planification</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>S&amp;ynchroniser :</translation>
    </message>
    <message>
        <source>Time zo&amp;ne:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Prochaines exécutions :</translation>
    </message>
    <message>
        <source>Not a schedule: %1</source>
        <translation>Planification non valide : %1</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>Cette planification ne s&apos;exécute jamais.</translation>
    </message>
    <message>
        <source>Runs every few seconds: meant for the sandbox and tests. Use minutes in production.</source>
        <translation>S&apos;exécute toutes les quelques secondes : prévu pour le bac à sable et les tests. Utilisez des minutes en production.</translation>
    </message>
</context>
<context>
    <name>mlc::tray::ServiceConnection</name>
    <message>
        <source>Connecting to the ml-connector service…</source>
        <translation>Connexion au service ml-connector…</translation>
    </message>
    <message>
        <source>The service refused this account. Ask your administrator to add you to the ml-connector operators group.</source>
        <translation>Le service a refusé ce compte. Demandez à votre administrateur de vous ajouter au groupe des opérateurs de ml-connector.</translation>
    </message>
    <message>
        <source>The service is a different version of ml-connector. Install the same version of the tray and the service.</source>
        <translation>Le service est une autre version de ml-connector. Installez la même version de l&apos;application de notification et du service.</translation>
    </message>
    <message>
        <source>Something other than the ml-connector service answers on its pipe, so the tray does not talk to it. Tell your administrator.</source>
        <translation>Autre chose que le service ml-connector répond sur son canal : l&apos;application ne lui parle donc pas. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The ml-connector service is not running. Browsing works; actions wait until it is back.</source>
        <translation>Le service ml-connector est arrêté. La consultation fonctionne ; les actions attendent son retour.</translation>
    </message>
    <message>
        <source>The connection to the ml-connector service was lost. Reconnecting…</source>
        <translation>La connexion au service ml-connector a été perdue. Reconnexion…</translation>
    </message>
</context>
<context>
    <name>mlc::tray::SettingsForm</name>
    <message>
        <source>unknown while the service is not running</source>
        <translation>inconnu tant que le service est arrêté</translation>
    </message>
    <message>
        <source>stored – type a new value to replace it</source>
        <translation>enregistré – saisissez une nouvelle valeur pour le remplacer</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>pas encore défini</translation>
    </message>
</context>
<context>
    <name>mlc::tray::SettingsPage</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Impossible de lire les paramètres : %1</translation>
    </message>
    <message>
        <source>The service is not running. You can look at the settings; they can be changed when the service runs again.</source>
        <translation>Le service est arrêté. Vous pouvez consulter les paramètres ; ils pourront être modifiés quand le service tournera à nouveau.</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an administrator of this computer can change them, because they decide where documents go and which passwords are used.</source>
        <translation>Vous pouvez consulter ces paramètres. Seul un administrateur de cet ordinateur peut les modifier, car ils décident où vont les documents et quels mots de passe sont utilisés.</translation>
    </message>
    <message>
        <source>Changes take effect at the next sync. Passwords and tokens are stored in the system&apos;s credential store and are never shown again.</source>
        <translation>Les modifications s&apos;appliquent à la prochaine synchronisation. Les mots de passe et jetons sont rangés dans le magasin d&apos;identifiants du système et ne sont plus jamais affichés.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Non enregistré :
%1</translation>
    </message>
</context>
<context>
    <name>mlc::tray::TrayIcon</name>
    <message>
        <source>&amp;Open ml-connector</source>
        <translation>&amp;Ouvrir ml-connector</translation>
    </message>
    <message>
        <source>&amp;Run sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Suspendre la &amp;planification</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Quit tray (the service keeps running)</source>
        <translation>&amp;Quitter l&apos;application (le service continue)</translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Le service est arrêté.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>La dernière synchronisation a échoué.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Schedule paused</source>
        <translation>Planification suspendue</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Prochaine synchronisation : %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for review</source>
        <translation>
            <numerusform>%n document en attente de contrôle</numerusform>
            <numerusform>%n documents en attente de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>Reprendre la &amp;planification</translation>
    </message>
    <message>
        <source>Documents need your review</source>
        <translation>Des documents attendent votre contrôle</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s) could not be posted and wait in the review queue.</source>
        <translation>
            <numerusform>%n nouveau document n&apos;a pas pu être comptabilisé et attend dans la file de contrôle.</numerusform>
            <numerusform>%n nouveaux documents n&apos;ont pas pu être comptabilisés et attendent dans la file de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>The last sync failed; it is retried automatically.</source>
        <translation>La dernière synchronisation a échoué ; elle est relancée automatiquement.</translation>
    </message>
</context>
</TS>
