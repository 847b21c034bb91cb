<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>Absence</name>
    <message>
        <source>maladie</source>
        <translation>sick leave</translation>
    </message>
    <message>
        <source>accident du travail</source>
        <translation>work accident</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>training</translation>
    </message>
    <message>
        <source>congé</source>
        <translation>leave</translation>
    </message>
    <message>
        <source>autre</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>AbsenceEditor</name>
    <message>
        <source>La fin ne peut pas précéder le début.</source>
        <translation>The end cannot come before the start.</translation>
    </message>
    <message>
        <source>Les deux jours sont compris. La convention dit quelles absences restent à la charge du prestataire (onglet « Clauses financières » de la convention).</source>
        <translation>Both days included. The agreement says which absences stay with the provider (“Financial clauses” tab of the agreement).</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ajouter cette absence</source>
        <translation>Add this absence</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the selected line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the selected line</translation>
    </message>
</context>
<context>
    <name>AbsenceRuleEditor</name>
    <message>
        <source>à la charge du prestataire</source>
        <translation>borne by the provider</translation>
    </message>
    <message>
        <source>refacturées</source>
        <translation>recharged</translation>
    </message>
    <message>
        <source>Nature d&apos;absence</source>
        <translation>Kind of absence</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Ces absences sont</source>
        <translation>These absences are</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Ajouter cette règle</source>
        <translation>Add this rule</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the selected line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <source>Sans règle, le prestataire garde les absences pour {kinds} ; les autres sont refacturées.</source>
        <translation>Without a rule, the provider bears absences for {kinds}; the others are recharged.</translation>
    </message>
</context>
<context>
    <name>AbsenceTableModel</name>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <source>et {count} autre(s) date(s)</source>
        <translation>and {count} other date(s)</translation>
    </message>
    <message>
        <source>L&apos;état du {period} de {code} n&apos;est pas encore émis.</source>
        <translation>The statement for {period} to {code} has not been issued yet.</translation>
    </message>
    <message>
        <source>nécessaire aux appels de fonds {year}</source>
        <translation>needed for the {year} advance calls</translation>
    </message>
    <message>
        <source>{code} : {count} périodes passées sans état (la plus ancienne : {oldest}).</source>
        <translation>{code}: {count} past periods without a statement (the oldest: {oldest}).</translation>
    </message>
    <message>
        <source>Dernier jour pour dénoncer la convention {reference} : le {deadline} (dans {days} jour(s)) ; sans dénonciation, elle sera reconduite après le {end}.</source>
        <translation>Last day to give notice on agreement {reference}: {deadline} (in {days} day(s)); without notice, it will be renewed after {end}.</translation>
    </message>
    <message>
        <source>la dernière : {period}</source>
        <translation>the latest: {period}</translation>
    </message>
    <message>
        <source>L&apos;état n° {number} ({beneficiary}) est en retard de paiement : {outstanding} restent dus depuis le {due}.</source>
        <translation>Statement no. {number} ({beneficiary}) is overdue: {outstanding} still due since {due}.</translation>
    </message>
    <message>
        <source>Les données de l&apos;état n° {number} ont changé depuis son émission : écart de {difference} sur {count} ligne(s). Émettez un état rectificatif ou un avoir.</source>
        <translation>The data behind statement no. {number} changed since it was issued: a difference of {difference} on {count} line(s). Issue a corrective statement or a credit note.</translation>
    </message>
    <message>
        <source>La convention {reference} prend fin le {end} (dans {days} jour(s)), sans reconduction tacite : préparez son renouvellement.</source>
        <translation>Agreement {reference} ends on {end} (in {days} day(s)), without tacit renewal: prepare its renewal.</translation>
    </message>
    <message>
        <source>L&apos;état n° {number} ({beneficiary}) attend son paiement : {outstanding} avant le {due}.</source>
        <translation>Statement no. {number} ({beneficiary}) awaits payment: {outstanding} by {due}.</translation>
    </message>
    <message>
        <source>La convention {reference} a pris fin le {end} : les périodes suivantes ne sont plus couvertes.</source>
        <translation>Agreement {reference} ended on {end}: the following periods are no longer covered.</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>Tableau de bord</source>
        <extracomment>Where each alert is acted upon, as the navigation names the page.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Locaux</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Dépenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Clés et relevés</source>
        <translation>Keys and readings</translation>
    </message>
    <message>
        <source>États</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Où agir</source>
        <translation>Where to act</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cliquez pour ouvrir la page « {page} ».</source>
        <extracomment>One icon per level, made on first use: sizing the rows to their wrapped messages asks for each row&apos;s icon many times, and the style makes a new icon at each call.</extracomment>
        <translation>Click to open the “{page}” page.</translation>
    </message>
</context>
<context>
    <name>AllocationKeyTableModel</name>
    <message>
        <source>Surfaces du site {name}</source>
        <translation>Floor areas of site {name}</translation>
    </message>
    <message>
        <source>Relevés du compteur {name}</source>
        <translation>Readings of meter {name}</translation>
    </message>
    <message>
        <source>Entièrement affecté : {name}</source>
        <translation>Wholly allocated: {name}</translation>
    </message>
    <message>
        <source>Équivalents temps plein de chaque partie</source>
        <translation>Full-time equivalents of each party</translation>
    </message>
    <message>
        <source>Aucun pourcentage en vigueur</source>
        <translation>No percentage in force</translation>
    </message>
    <message>
        <source>{parts} ; le prestataire garde le reste</source>
        <translation>{parts}; the provider keeps the rest</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Base de répartition</source>
        <translation>Allocation basis</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Un numéro entier à partir de 1 (par exemple 3).</source>
        <translation>A whole number from 1 (for example 3).</translation>
    </message>
    <message>
        <source>Nouvel avenant</source>
        <extracomment>The amendment was saved: its id.</extracomment>
        <translation>New amendment</translation>
    </message>
    <message>
        <source>Modifier l&apos;avenant</source>
        <translation>Edit amendment</translation>
    </message>
    <message>
        <source>Ce que l&apos;avenant change : quotités, surfaces, clés, durée…</source>
        <translation>What the amendment changes: shares, floor areas, keys, term…</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Signé le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>En vigueur le</source>
        <translation>In force on</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>L&apos;avenant ne peut pas entrer en vigueur avant la convention ({date}).</source>
        <translation>The amendment cannot come into force before the agreement ({date}).</translation>
    </message>
</context>
<context>
    <name>AmendmentTableModel</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Signé le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>En vigueur le</source>
        <translation>In force on</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>AmendmentsTab</name>
    <message>
        <source>Filtrer les avenants…</source>
        <translation>Filter amendments…</translation>
    </message>
    <message>
        <source>Aucun avenant n&apos;est enregistré.</source>
        <translation>No amendment is recorded.</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Nouvel article</source>
        <extracomment>The article was saved: its id.</extracomment>
        <translation>New article</translation>
    </message>
    <message>
        <source>Modifier l&apos;article</source>
        <translation>Edit article</translation>
    </message>
    <message>
        <source>4, 4 bis…</source>
        <translation>4, 4 bis…</translation>
    </message>
    <message>
        <source>Objet de l&apos;article</source>
        <translation>Subject of the article</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>ArticlesTab</name>
    <message>
        <source>Rechercher dans les articles…</source>
        <translation>Search the articles…</translation>
    </message>
    <message>
        <source>Aucun article n&apos;est enregistré.</source>
        <translation>No article is recorded.</translation>
    </message>
    <message>
        <source>Monter</source>
        <extracomment>The user asked to move the article (ArticleRow) up (−1) or down (+1).</extracomment>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Article {number} — {title}</source>
        <translation>Article {number} — {title}</translation>
    </message>
</context>
<context>
    <name>AtDateTab</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <extracomment>The user chose another (valid) date.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Aucun agent mis à disposition à cette date.</source>
        <translation>No employee made available on this date.</translation>
    </message>
    <message>
        <source>Filtrer le personnel…</source>
        <translation>Filter staff…</translation>
    </message>
    <message>
        <source>Aucun matériel en service à cette date.</source>
        <translation>No equipment in service on this date.</translation>
    </message>
    <message>
        <source>Filtrer le matériel…</source>
        <translation>Filter equipment…</translation>
    </message>
    <message>
        <source>Aucun local à cette date.</source>
        <translation>No premises on this date.</translation>
    </message>
    <message>
        <source>Filtrer les locaux…</source>
        <translation>Filter premises…</translation>
    </message>
    <message>
        <source>Aucune clé de répartition.</source>
        <translation>No allocation key.</translation>
    </message>
    <message>
        <source>Filtrer les clés…</source>
        <translation>Filter keys…</translation>
    </message>
    <message>
        <source>Aucune catégorie de dépenses.</source>
        <translation>No expense category.</translation>
    </message>
    <message>
        <source>Filtrer les catégories…</source>
        <translation>Filter categories…</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Locaux</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Clés de répartition</source>
        <translation>Allocation keys</translation>
    </message>
    <message>
        <source>Catégories de dépenses</source>
        <translation>Expense categories</translation>
    </message>
    <message>
        <source>En vigueur le</source>
        <translation>In force on</translation>
    </message>
    <message>
        <source>Convention et avenant(s) {numbers} en vigueur</source>
        <translation>Agreement and amendment(s) {numbers} in force</translation>
    </message>
    <message>
        <source>n° {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <source>Convention initiale, sans avenant en vigueur</source>
        <translation>Original agreement, no amendment in force</translation>
    </message>
    <message>
        <source>Convention échue à cette date</source>
        <translation>Agreement expired on this date</translation>
    </message>
    <message>
        <source>Avant la prise d&apos;effet de la convention</source>
        <translation>Before the agreement takes effect</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <source>Rien à quoi rattacher : créez d&apos;abord un site (page Locaux), un matériel (page Matériel) ou une catégorie de dépenses (page Clés et relevés → onglet « Catégories de dépenses »).</source>
        <translation>Nothing to attach it to: first create a site (Premises page), an item of equipment (Equipment page) or an expense category (Keys and readings page → “Expense categories” tab).</translation>
    </message>
    <message>
        <source>Aucun site : créez-le d&apos;abord (page Locaux), ou choisissez un autre rattachement.</source>
        <translation>No site: create it first (Premises page), or choose another attachment.</translation>
    </message>
    <message>
        <source>Aucun matériel : créez-le d&apos;abord (page Matériel), ou choisissez un autre rattachement.</source>
        <translation>No equipment: create it first (Equipment page), or choose another attachment.</translation>
    </message>
    <message>
        <source>Aucune catégorie de dépenses : créez-la d&apos;abord (page Clés et relevés → onglet « Catégories de dépenses »), ou choisissez un autre rattachement.</source>
        <translation>No expense category: create it first (Keys and readings page → “Expense categories” tab), or choose another attachment.</translation>
    </message>
    <message>
        <source>Choisissez le site, le matériel ou la catégorie.</source>
        <translation>Choose the site, the equipment or the category.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Bénéficiaire de convention</source>
        <translation>Agreement beneficiary</translation>
    </message>
    <message>
        <source>Article de convention</source>
        <translation>Agreement article</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Quotité de travail</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>Part d&apos;un agent</source>
        <translation>Staff share</translation>
    </message>
    <message>
        <source>Paie</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>Paie prévisionnelle</source>
        <translation>Planned payroll</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Clé d&apos;un matériel</source>
        <translation>Equipment key</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Catégorie de dépenses</source>
        <translation>Expense category</translation>
    </message>
    <message>
        <source>Clé d&apos;une catégorie</source>
        <translation>Category key</translation>
    </message>
    <message>
        <source>Budget d&apos;une catégorie</source>
        <translation>Category budget</translation>
    </message>
    <message>
        <source>Clé de répartition</source>
        <translation>Allocation key</translation>
    </message>
    <message>
        <source>Part fixe d&apos;une clé</source>
        <translation>Fixed key share</translation>
    </message>
    <message>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Compteur</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Relevé</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Utilisation prévue</source>
        <translation>Planned use</translation>
    </message>
    <message>
        <source>Facture</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Pièce jointe</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Charge récurrente</source>
        <translation>Recurring charge</translation>
    </message>
    <message>
        <source>État émis</source>
        <translation>Issued statement</translation>
    </message>
    <message>
        <source>Ligne d&apos;état</source>
        <translation>Statement line</translation>
    </message>
    <message>
        <source>Numérotation des états</source>
        <translation>Statement numbering</translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Frais de gestion</source>
        <translation>Management fee</translation>
    </message>
    <message>
        <source>Section soumise aux frais de gestion</source>
        <translation>Section subject to the management fee</translation>
    </message>
    <message>
        <source>TVA d&apos;une section</source>
        <translation>Section VAT</translation>
    </message>
    <message>
        <source>Absences à la charge du Pays</source>
        <translation>Absences borne by the provider</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite</source>
        <translation>Free provision</translation>
    </message>
    <message>
        <source>Prix unitaire d&apos;un compteur</source>
        <translation>Meter unit price</translation>
    </message>
    <message>
        <source>Montant d&apos;une charge</source>
        <translation>Charge amount</translation>
    </message>
    <message>
        <source>Revalorisation d&apos;une charge</source>
        <translation>Charge revaluation</translation>
    </message>
    <message>
        <source>Absence d&apos;un agent</source>
        <translation>Staff absence</translation>
    </message>
    <message>
        <source>Remboursement sur paie</source>
        <translation>Payroll reimbursement</translation>
    </message>
    <message>
        <source>Références Chorus Pro d&apos;une année</source>
        <translation>Chorus Pro references of a year</translation>
    </message>
    <message>
        <source>Base entière</source>
        <translation>Whole database</translation>
    </message>
    <message>
        <source>Valeur d&apos;acquisition</source>
        <translation>Acquisition value</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Appels de fonds</source>
        <translation>Advance calls</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Avenant (n° interne)</source>
        <translation>Amendment (internal no.)</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Horodatage</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Bénéficiaire (n° interne)</source>
        <translation>Beneficiary (internal no.)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Facture (n° interne)</source>
        <translation>Bill (internal no.)</translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation>Billing frequency</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Catégorie (n° interne)</source>
        <translation>Category (internal no.)</translation>
    </message>
    <message>
        <source>Charge (n° interne)</source>
        <translation>Charge (internal no.)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code service</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Partie commune</source>
        <translation>Common area</translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Empreinte</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Convention (n° interne)</source>
        <translation>Agreement (internal no.)</translation>
    </message>
    <message>
        <source>État rectifié (n° interne)</source>
        <translation>Corrected statement (internal no.)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Durée (mois)</source>
        <translation>Duration (months)</translation>
    </message>
    <message>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Charges patronales</source>
        <translation>Employer charges</translation>
    </message>
    <message>
        <source>Fin d&apos;emploi</source>
        <translation>Employment end</translation>
    </message>
    <message>
        <source>Début d&apos;emploi</source>
        <translation>Employment start</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>N° d&apos;engagement</source>
        <translation>Commitment no.</translation>
    </message>
    <message>
        <source>Matériel (n° interne)</source>
        <translation>Equipment (internal no.)</translation>
    </message>
    <message>
        <source>Code d&apos;exonération (EN 16931)</source>
        <translation>Exemption code (EN 16931)</translation>
    </message>
    <message>
        <source>Explication</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Frais de gestion (n° interne)</source>
        <translation>Management fee (internal no.)</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>Fraction</translation>
    </message>
    <message>
        <source>Fréquence</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Salaire brut</source>
        <translation>Gross salary</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>N° interne</source>
        <translation>Internal no.</translation>
    </message>
    <message>
        <source>Mise en service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Données utilisées</source>
        <translation>Inputs used</translation>
    </message>
    <message>
        <source>Votre organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Entité publique (Chorus Pro)</source>
        <translation>Public body (Chorus Pro)</translation>
    </message>
    <message>
        <source>Date d&apos;émission</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Émetteur (n° interne)</source>
        <translation>Issuer (internal no.)</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>À la charge du Pays</source>
        <translation>Borne by the provider</translation>
    </message>
    <message>
        <source>Description de la clé</source>
        <translation>Key description</translation>
    </message>
    <message>
        <source>Clé (n° interne)</source>
        <translation>Key (internal no.)</translation>
    </message>
    <message>
        <source>Clé particulière (n° interne)</source>
        <translation>Specific key (internal no.)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dernier numéro</source>
        <translation>Last number</translation>
    </message>
    <message>
        <source>Fondement légal</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Compteur (n° interne)</source>
        <translation>Meter (internal no.)</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Préavis (mois)</source>
        <translation>Notice (months)</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Autres coûts</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <source>Organisme (n° interne)</source>
        <translation>Organisation (internal no.)</translation>
    </message>
    <message>
        <source>Délai de paiement (jours)</source>
        <translation>Payment term (days)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Fin de période</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Début de période</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Empreinte précédente</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <source>Prestataire (n° interne)</source>
        <translation>Provider (internal no.)</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Date de référence</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Reconduction (mois)</source>
        <translation>Renewal (months)</translation>
    </message>
    <message>
        <source>Sceau</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>N° d&apos;ordre</source>
        <translation>Sequence no.</translation>
    </message>
    <message>
        <source>Fin de service</source>
        <translation>Service end</translation>
    </message>
    <message>
        <source>Début de service</source>
        <translation>Service start</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Qualité du signataire</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Date de signature</source>
        <translation>Signature date</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Site (n° interne)</source>
        <translation>Site (internal no.)</translation>
    </message>
    <message>
        <source>Source (n° interne)</source>
        <translation>Source (internal no.)</translation>
    </message>
    <message>
        <source>Type de source</source>
        <translation>Source kind</translation>
    </message>
    <message>
        <source>Agent (n° interne)</source>
        <translation>Staff member (internal no.)</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>État (n° interne)</source>
        <translation>Statement (internal no.)</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Reconduction tacite</source>
        <translation>Tacit renewal</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Transparence entre bénéficiaires</source>
        <translation>Transparency between beneficiaries</translation>
    </message>
    <message>
        <source>Traitement de TVA</source>
        <translation>VAT treatment</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Prix unitaire</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Durée d&apos;amortissement (ans)</source>
        <translation>Useful life (years)</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Mention de TVA</source>
        <translation>VAT mention</translation>
    </message>
    <message>
        <source>Taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Régime de TVA</source>
        <translation>VAT regime</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>avenant n° {}</source>
        <translation>amendment no. {}</translation>
    </message>
    <message>
        <source>n° {}</source>
        <translation>no. {}</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>n° {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <source>&lt;{size} octets&gt;</source>
        <translation>&lt;{size} bytes&gt;</translation>
    </message>
    <message>
        <source> (n° interne)</source>
        <translation> (internal no.)</translation>
    </message>
    <message>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{field} : {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>{field} : {value}</source>
        <translation>{field}: {value}</translation>
    </message>
</context>
<context>
    <name>AuditChangeTableModel</name>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Journal des modifications</source>
        <extracomment>The earliest day a date filter can take: shown as &quot;—&quot;, meaning no bound.</extracomment>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Chaque création, modification ou suppression, enregistrée avec la modification elle-même : qui, quand, quel enregistrement, et ses valeurs avant et après.</source>
        <translation>Every creation, change or deletion, recorded with the change itself: who, when, which record, and its values before and after.</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Chercher un nom, une valeur, un montant…</source>
        <translation>Search for a name, a value, an amount…</translation>
    </message>
    <message>
        <source>Aucune modification ne correspond à ces critères.</source>
        <translation>No change matches these criteria.</translation>
    </message>
    <message>
        <source>Filtrer les champs…</source>
        <translation>Filter fields…</translation>
    </message>
    <message>
        <source>Choisissez une ligne du journal pour voir ses valeurs avant et après.</source>
        <translation>Choose a line of the log to see its values before and after.</translation>
    </message>
    <message>
        <source>Toutes les tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <source>Tous les utilisateurs</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Les {count} plus récentes sont affichées : précisez les critères.</source>
        <translation>The {count} most recent are shown: narrow the criteria.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Numéro de l&apos;enregistrement dans sa table</source>
        <translation>Number of the record in its table</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Les sauvegardes de Mutualisation concernent une base SQLite (un fichier) ; {database} n&apos;en est pas une. Pour une base sur un serveur PostgreSQL, sauvegardez-la avec les outils du serveur (pg_dump).</source>
        <translation>Mutualisation&apos;s backups are for an SQLite database (a file); {database} is not one. For a database on a PostgreSQL server, back it up with the server&apos;s tools (pg_dump).</translation>
    </message>
    <message>
        <source>Impossible de nommer la sauvegarde dans {folder}.</source>
        <translation>Cannot name the backup in {folder}.</translation>
    </message>
    <message>
        <source>cette base</source>
        <translation>this database</translation>
    </message>
    <message>
        <source>La sauvegarde ne peut pas remplacer la base elle-même : choisissez un autre fichier.</source>
        <translation>The backup cannot replace the database itself: choose another file.</translation>
    </message>
    <message>
        <source>La base de données {path} est ouverte par un autre programme ou une autre fenêtre de Mutualisation : fermez-les, puis recommencez la restauration. Rien n&apos;a été restauré.</source>
        <translation>The database {path} is open in another program or another Mutualisation window: close them, then start the restore again. Nothing was restored.</translation>
    </message>
    <message>
        <source>Impossible de sauvegarder la base actuelle avant de la remplacer ({error}) : rien n&apos;a été restauré.</source>
        <translation>Cannot back up the current database before replacing it ({error}): nothing was restored.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Sauvegardes</source>
        <extracomment>The database was replaced by a backup: every page must read it again.</extracomment>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Les sauvegardes intégrées concernent une base SQLite (un fichier). Cette base est sur un serveur : sauvegardez-la avec les outils du serveur (pg_dump pour PostgreSQL).</source>
        <translation>Built-in backups apply to a SQLite database (a file). This database is on a server: back it up with the server’s tools (pg_dump for PostgreSQL).</translation>
    </message>
    <message>
        <source>Une copie de la base est faite avant chaque émission d&apos;état, avant chaque mise à jour de la base et à la fermeture de l&apos;application. Sont conservées les {last} dernières et, sur {months} mois, la dernière de chaque mois (réglages : {file}).</source>
        <translation>A copy of the database is made before each statement is issued, before each database upgrade and when the application closes. The last {last} are kept and, over {months} months, the last one of each month (settings: {file}).</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Remplacer la base par une sauvegarde, vérifiée d&apos;abord ; la base actuelle est sauvegardée avant.</source>
        <translation>Replace the database with a backup, checked first; the current database is backed up beforehand.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <source>{count} sauvegarde(s) conservée(s) :</source>
        <translation>{count} backup(s) kept:</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Bases SQLite (*.sqlite *.db *.sqlite3);;Tous les fichiers (*)</source>
        <translation>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Remplacer toutes les données de la base par celles de la sauvegarde
{path} ?

La base actuelle sera d&apos;abord sauvegardée.</source>
        <translation>Replace all the data in the database with that of the backup
{path}?

The current database will be backed up first.</translation>
    </message>
    <message>
        <source>Sauvegarde impossible</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sauvegarde enregistrée :
{path}</source>
        <translation>Backup saved:
{path}</translation>
    </message>
    <message>
        <source>Restauration refusée</source>
        <translation>Restore refused</translation>
    </message>
    <message>
        <source>La base a été restaurée depuis {path}.</source>
        <translation>The database was restored from {path}.</translation>
    </message>
    <message>
        <source>La base remplacée a été sauvegardée dans {path}.</source>
        <translation>The replaced database was backed up to {path}.</translation>
    </message>
    <message>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>{size} o</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Nouvelle facture</source>
        <translation>New bill</translation>
    </message>
    <message>
        <source>Modifier la facture</source>
        <translation>Edit bill</translation>
    </message>
    <message>
        <source>Un avoir du fournisseur s&apos;écrit en négatif</source>
        <extracomment>The file chosen in this form: (name, content), or None to remove the stored one.</extracomment>
        <translation>A credit note from the supplier is entered as a negative amount</translation>
    </message>
    <message>
        <source>La facture couvre une période de service</source>
        <translation>The bill covers a service period</translation>
    </message>
    <message>
        <source>La fin ne peut pas précéder le début.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Aucune : la clé du rattachement</source>
        <translation>None: the key of what it is attached to</translation>
    </message>
    <message>
        <source>Joindre…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Période de service</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>Rattachement</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>Clé spécifique</source>
        <translation>Specific key</translation>
    </message>
    <message>
        <source>Remplace, pour cette facture seulement, la clé du rattachement (par exemple tout à ST2b)</source>
        <translation>Replaces, for this bill only, the key of what it is attached to (for example all to ST2b)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Facture jointe</source>
        <translation>Attached bill</translation>
    </message>
    <message>
        <source>Aucun fichier</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Joindre la facture</source>
        <translation>Attach the bill</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être lu : {0}</source>
        <translation>The file could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <source>{kind}&#xa0;: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Période de service</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>Période couverte par la facture, sur laquelle son montant est étalé</source>
        <translation>Period covered by the bill, over which its amount is spread</translation>
    </message>
    <message>
        <source>Rattachement</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Clé spécifique</source>
        <translation>Specific key</translation>
    </message>
    <message>
        <source>Clé qui remplace, pour cette facture, celle de son rattachement</source>
        <translation>Key that replaces, for this bill, the key of what it is attached to</translation>
    </message>
</context>
<context>
    <name>CategoriesAtDateModel</name>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Nouvelle catégorie de dépenses</source>
        <translation>New expense category</translation>
    </message>
    <message>
        <source>Modifier la catégorie</source>
        <translation>Edit category</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Clé de répartition</source>
        <translation>Allocation key</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Clé de répartition, datée</source>
        <translation>Allocation key, dated</translation>
    </message>
    <message>
        <source>Budget annuel (prévisionnel)</source>
        <translation>Annual budget (forecast)</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite</source>
        <translation>Free provision</translation>
    </message>
    <message>
        <source>Indiquez la clé de répartition de la catégorie et sa date, puis « Ajouter cette valeur ».</source>
        <translation>Enter the category’s allocation key and its date, then “Add this value”.</translation>
    </message>
    <message>
        <source>Aucune clé de répartition n&apos;est enregistrée : créez d&apos;abord la clé (onglet « Clés de répartition », « Nouvelle clé… »), puis la catégorie.</source>
        <translation>No allocation key is recorded yet: first create the key (“Allocation keys” tab, “New key…”), then the category.</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Clé de répartition</source>
        <translation>Allocation key</translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Nouvelle charge récurrente</source>
        <translation>New recurring charge</translation>
    </message>
    <message>
        <source>Modifier la charge récurrente</source>
        <translation>Edit recurring charge</translation>
    </message>
    <message>
        <source>Loyer des bureaux</source>
        <translation>Office rent</translation>
    </message>
    <message>
        <source>La fin ne peut pas précéder le début.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Laisser vide tant que la charge court ; un nouveau montant s&apos;ajoute dans « Montants suivants », à partir de sa date</source>
        <translation>Leave empty while the charge runs; a new amount is added under “Later amounts”, from its date</translation>
    </message>
    <message>
        <source>Revalorisation annuelle</source>
        <translation>Yearly revaluation</translation>
    </message>
    <message>
        <source>Laisser vide sans revalorisation ; le taux s&apos;applique à chaque anniversaire de la date de référence</source>
        <translation>Leave empty without revaluation; the rate applies on each anniversary of the reference date</translation>
    </message>
    <message>
        <source>Date de référence</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Montants suivants (remplacent le montant à partir de leur date)</source>
        <translation>Later amounts (replace the amount from their date)</translation>
    </message>
    <message>
        <source>Revalorisation : indiquez le taux et la date de référence, ou ni l&apos;un ni l&apos;autre.</source>
        <translation>Revaluation: give both the rate and the reference date, or neither.</translation>
    </message>
    <message>
        <source>Rattachement</source>
        <translation>Attached to</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Choisissez dans la liste.</source>
        <translation>Choose from the list.</translation>
    </message>
</context>
<context>
    <name>ChorusYearEditor</name>
    <message>
        <source>Année</source>
        <extracomment>The list changed (not yet saved).</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>Code service</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>N° d&apos;engagement</source>
        <translation>Commitment no.</translation>
    </message>
    <message>
        <source>Ajouter l&apos;année</source>
        <translation>Add the year</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the chosen line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the chosen line</translation>
    </message>
    <message>
        <source>Communiqués par le bénéficiaire pour chaque exercice budgétaire ; chaque état reprend ceux de l&apos;année de sa période.</source>
        <translation>Given by the beneficiary for each budget year; each statement takes those of its period&apos;s year.</translation>
    </message>
    <message>
        <source>L&apos;année {0} figure déjà : choisissez sa ligne et corrigez-la.</source>
        <translation>The year {0} is already listed: choose its line and correct it.</translation>
    </message>
    <message>
        <source>Une autre ligne a déjà l&apos;année {0}.</source>
        <translation>Another line already has the year {0}.</translation>
    </message>
</context>
<context>
    <name>ChorusYearTableModel</name>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Code service</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>N° d&apos;engagement</source>
        <translation>Commitment no.</translation>
    </message>
</context>
<context>
    <name>Clause</name>
    <message>
        <source>Hors champ de la TVA</source>
        <translation>Outside the scope of VAT</translation>
    </message>
    <message>
        <source>Exonération de TVA</source>
        <translation>VAT exemption</translation>
    </message>
    <message>
        <source>TVA {rate}</source>
        <translation>VAT {rate}</translation>
    </message>
    <message>
        <source>d&apos;un mois</source>
        <translation>of a month</translation>
    </message>
    <message>
        <source>{what} ne peut changer que le premier jour d&apos;une période de facturation : le {day} tombe à l&apos;intérieur de la période qui se termine le {end}. Choisissez le 1er {starts}.</source>
        <translation>{what} can only change on the first day of a billing period: {day} falls inside the period ending on {end}. Choose the 1st {starts}.</translation>
    </message>
    <message>
        <source>{what} doit être compris entre {zero} et {maximum} (saisi : {rate}).</source>
        <translation>{what} must be between {zero} and {maximum} (entered: {rate}).</translation>
    </message>
    <message>
        <source>Traitement de TVA inconnu « {kind} ».</source>
        <translation>Unknown VAT treatment “{kind}”.</translation>
    </message>
    <message>
        <source>{months} ou {last}</source>
        <translation>of {months} or {last}</translation>
    </message>
    <message>
        <source>Nature d&apos;absence inconnue « {kind} ».</source>
        <translation>Unknown absence kind “{kind}”.</translation>
    </message>
    <message>
        <source>L&apos;absence de {name} se termine le {end}, avant de commencer le {start}.</source>
        <translation>{name}&apos;s absence ends on {end}, before it starts on {start}.</translation>
    </message>
    <message>
        <source> au {day}</source>
        <translation> to {day}</translation>
    </message>
    <message>
        <source>L&apos;absence de {name} du {start} au {end} sort de sa période d&apos;emploi (du {hired}{until}).</source>
        <translation>{name}&apos;s absence from {start} to {end} falls outside their employment (from {hired}{until}).</translation>
    </message>
    <message>
        <source>Deux absences de {name} se chevauchent : du {start} au {end} et du {next_start} au {next_end}.</source>
        <translation>Two absences of {name} overlap: from {start} to {end} and from {next_start} to {next_end}.</translation>
    </message>
    <message>
        <source>hors champ</source>
        <translation>outside scope</translation>
    </message>
    <message>
        <source>exonérée</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>taxable</translation>
    </message>
    <message>
        <source>{treatment} ({basis})</source>
        <translation>{treatment} ({basis})</translation>
    </message>
    <message>
        <source>non définie (à indiquer dans les clauses financières)</source>
        <translation>not set (to be given in the financial clauses)</translation>
    </message>
    <message>
        <source>taxable à {rate}</source>
        <translation>taxable at {rate}</translation>
    </message>
    <message>
        <source>{sections} : {treatment}</source>
        <translation>{sections}: {treatment}</translation>
    </message>
    <message>
        <source>À partir du {day} : frais de gestion de {rate} sur {sections}.</source>
        <translation>From {day}: management fee of {rate} on {sections}.</translation>
    </message>
    <message>
        <source>À partir du {day} : plus de frais de gestion.</source>
        <translation>From {day}: no more management fee.</translation>
    </message>
    <message>
        <source>À partir du {day} : TVA de la section {section} taxable à {rate}.</source>
        <translation>From {day}: VAT of the {section} section taxable at {rate}.</translation>
    </message>
    <message>
        <source>, code {code}</source>
        <translation>, code {code}</translation>
    </message>
    <message>
        <source>À partir du {day} : TVA de la section {section} {treatment} ({basis}{code}).</source>
        <translation>From {day}: VAT of the {section} section {treatment} ({basis}{code}).</translation>
    </message>
    <message>
        <source>À partir du {day} : absences pour {kind} à la charge du prestataire.</source>
        <translation>From {day}: absences for {kind} borne by the provider.</translation>
    </message>
    <message>
        <source>À partir du {day} : absences pour {kind} refacturées aux bénéficiaires.</source>
        <translation>From {day}: absences for {kind} billed to the beneficiaries.</translation>
    </message>
</context>
<context>
    <name>ClausesTab</name>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Fondement, code</source>
        <translation>Legal basis, code</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Frais de gestion</source>
        <extracomment>A list or the transparency changed (not yet saved).</extracomment>
        <translation>Management fee</translation>
    </message>
    <message>
        <source>TVA par section</source>
        <translation>VAT per section</translation>
    </message>
    <message>
        <source>Absences à la charge du prestataire</source>
        <translation>Absences borne by the provider</translation>
    </message>
    <message>
        <source>Transparence entre bénéficiaires</source>
        <translation>Transparency between beneficiaries</translation>
    </message>
    <message>
        <source>Chaque bénéficiaire voit sur ses documents les parts des autres bénéficiaires</source>
        <translation>Each beneficiary sees the other beneficiaries&apos; shares on its documents</translation>
    </message>
    <message>
        <source>Non coché (par défaut) : un bénéficiaire ne voit que ses propres parts ; la base de chaque ligne et son taux restent imprimés, pour qu&apos;il puisse les vérifier.</source>
        <translation>Unticked (the default): a beneficiary sees only its own shares; each line&apos;s basis and rate stay printed, so that it can check them.</translation>
    </message>
    <message>
        <source>Le taux des frais de gestion</source>
        <translation>The management fee rate</translation>
    </message>
    <message>
        <source>La TVA d&apos;une section</source>
        <translation>The VAT of a section</translation>
    </message>
</context>
<context>
    <name>Convention</name>
    <message>
        <source>{count} temps de travail</source>
        <translation>{count} working time(s)</translation>
    </message>
    <message>
        <source>{count} quotité(s) de personnel</source>
        <translation>{count} staff share(s)</translation>
    </message>
    <message>
        <source>{count} surface(s)</source>
        <translation>{count} area(s)</translation>
    </message>
    <message>
        <source>{count} clé(s) de matériel</source>
        <translation>{count} equipment key(s)</translation>
    </message>
    <message>
        <source>{count} clé(s) de catégorie</source>
        <translation>{count} category key(s)</translation>
    </message>
    <message>
        <source>{count} pourcentage(s) de clé fixe</source>
        <translation>{count} fixed key percentage(s)</translation>
    </message>
    <message>
        <source>{count} effectif(s) propre(s)</source>
        <translation>{count} own headcount(s)</translation>
    </message>
    <message>
        <source>La référence est obligatoire (par exemple CAM-2025-01).</source>
        <translation>The reference is required (for example CAM-2025-01).</translation>
    </message>
    <message>
        <source>L&apos;intitulé est obligatoire.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <source>Choisissez le prestataire, qui met ses moyens à disposition.</source>
        <translation>Choose the provider, who makes its resources available.</translation>
    </message>
    <message>
        <source>Ajoutez au moins un bénéficiaire.</source>
        <translation>Add at least one beneficiary.</translation>
    </message>
    <message>
        <source>La date de prise d&apos;effet est obligatoire.</source>
        <translation>The effective date is required.</translation>
    </message>
    <message>
        <source>La fin ({end}) ne peut pas précéder la prise d&apos;effet ({start}).</source>
        <translation>The end ({end}) cannot come before the effective date ({start}).</translation>
    </message>
    <message>
        <source>Le préavis se compte en mois, de 0 à 60.</source>
        <translation>The notice is counted in months, from 0 to 60.</translation>
    </message>
    <message>
        <source>Choisissez une périodicité de facturation.</source>
        <translation>Choose a billing frequency.</translation>
    </message>
    <message>
        <source>Le délai de paiement se compte en jours, de 0 à 365.</source>
        <translation>The payment term is counted in days, from 0 to 365.</translation>
    </message>
    <message>
        <source>Choisissez le régime de TVA.</source>
        <translation>Choose the VAT regime.</translation>
    </message>
    <message>
        <source>La référence {reference} est déjà celle d&apos;une autre convention.</source>
        <translation>The reference {reference} is already that of another agreement.</translation>
    </message>
    <message>
        <source>Le numéro de l&apos;article est obligatoire (par exemple 4 ou 4 bis).</source>
        <translation>The article&apos;s number is required (for example 4 or 4 bis).</translation>
    </message>
    <message>
        <source>Le numéro de l&apos;article compte 20 caractères au plus.</source>
        <translation>The article&apos;s number has 20 characters at most.</translation>
    </message>
    <message>
        <source>Le titre de l&apos;article est obligatoire.</source>
        <translation>The article&apos;s title is required.</translation>
    </message>
    <message>
        <source>Le titre de l&apos;article compte 300 caractères au plus.</source>
        <translation>The article&apos;s title has 300 characters at most.</translation>
    </message>
    <message>
        <source>L&apos;article {number} existe déjà dans cette convention : choisissez un autre numéro.</source>
        <translation>Article {number} already exists in this agreement: choose another number.</translation>
    </message>
    <message>
        <source>Le numéro de l&apos;avenant est un entier à partir de 1.</source>
        <translation>The amendment&apos;s number is a whole number from 1.</translation>
    </message>
    <message>
        <source>La date d&apos;entrée en vigueur de l&apos;avenant est obligatoire.</source>
        <translation>The amendment&apos;s effective date is required.</translation>
    </message>
    <message>
        <source>L&apos;avenant ne peut pas entrer en vigueur ({day}) avant la convention elle-même ({start}).</source>
        <translation>The amendment cannot take effect ({day}) before the agreement itself ({start}).</translation>
    </message>
    <message>
        <source>L&apos;avenant ne peut pas être signé ({day}) avant la convention ({signed}).</source>
        <translation>The amendment cannot be signed ({day}) before the agreement ({signed}).</translation>
    </message>
    <message>
        <source>L&apos;avenant n° {number} existe déjà : choisissez un autre numéro.</source>
        <translation>Amendment no. {number} already exists: choose another number.</translation>
    </message>
    <message>
        <source>Suppression impossible : l&apos;avenant n° {number} est cité par {uses}. Retirez d&apos;abord ces références dans les registres concernés.</source>
        <translation>Cannot delete: amendment no. {number} is cited by {uses}. First remove these references in the registers concerned.</translation>
    </message>
    <message>
        <source>Suppression refusée : l&apos;avenant n° {number} était en vigueur pour l&apos;état n° {printed}, déjà émis, qui le mentionne.</source>
        <translation>Deletion refused: amendment no. {number} was in force for statement no. {printed}, already issued, which mentions it.</translation>
    </message>
    <message>
        <source>La référence compte 100 caractères au plus.</source>
        <translation>The reference has 100 characters at most.</translation>
    </message>
    <message>
        <source>L&apos;intitulé compte 300 caractères au plus.</source>
        <translation>The title has 300 characters at most.</translation>
    </message>
    <message>
        <source>Un bénéficiaire figure deux fois dans la liste.</source>
        <translation>A beneficiary appears twice in the list.</translation>
    </message>
    <message>
        <source>La durée se compte en mois, de 1 à 600.</source>
        <translation>The duration is counted in months, from 1 to 600.</translation>
    </message>
    <message>
        <source>La reconduction tacite suppose une date de fin ou une durée.</source>
        <translation>Tacit renewal needs an end date or a duration.</translation>
    </message>
    <message>
        <source>La période de reconduction se compte en mois, de 1 à 120.</source>
        <translation>The renewal period is counted in months, from 1 to 120.</translation>
    </message>
    <message>
        <source>Une des parties choisies a été supprimée entre-temps : rouvrez le formulaire.</source>
        <translation>One of the chosen parties has been deleted in the meantime: reopen the form.</translation>
    </message>
    <message>
        <source>Le prestataire ne peut plus changer : l&apos;état n° {number} a déjà été émis sous cette convention. Enregistrez une nouvelle convention pour un autre prestataire.</source>
        <translation>The provider can no longer change: statement no. {number} has already been issued under this agreement. Save a new agreement for another provider.</translation>
    </message>
    <message>
        <source>{name} ne peut pas être retiré de la convention : l&apos;état n° {number} lui a été adressé. Vous pouvez en revanche changer l&apos;ordre.</source>
        <translation>{name} cannot be removed from the agreement: statement no. {number} was addressed to them. You can however change the order.</translation>
    </message>
    <message>
        <source>Le prestataire ne peut pas être aussi bénéficiaire.</source>
        <translation>The provider cannot also be a beneficiary.</translation>
    </message>
    <message>
        <source>Indiquez le taux de TVA, par exemple 20 %.</source>
        <translation>Give the VAT rate, for example 20 %.</translation>
    </message>
    <message>
        <source>Sans TVA, la mention légale est obligatoire (par exemple « {mention} », ou « TVA non applicable, art. 293 B du CGI » pour une franchise).</source>
        <translation>Without VAT, the legal mention is required (for example “{mention}”, or “TVA non applicable, art. 293 B du CGI” for a franchise).</translation>
    </message>
    <message>
        <source>Une durée de {months} mois à partir du {start} finit le {expected}, pas le {end} : corrigez l&apos;une des deux ou n&apos;indiquez que la date de fin.</source>
        <translation>A duration of {months} months from {start} ends on {expected}, not on {end}: correct one of the two or give only the end date.</translation>
    </message>
    <message>
        <source>La mention compte 300 caractères au plus.</source>
        <translation>The mention has 300 characters at most.</translation>
    </message>
</context>
<context>
    <name>ConventionDatesBox</name>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Aucune convention n&apos;est enregistrée.</source>
        <translation>No agreement is recorded.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Prise d&apos;effet</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>End of term</translation>
    </message>
    <message>
        <source>Dénonciation</source>
        <translation>Notice deadline</translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>(et {count} autres)</source>
        <translation>(and {count} others)</translation>
    </message>
    <message>
        <source>{provider} met ses moyens à la disposition de : {beneficiaries}</source>
        <translation>{provider} makes resources available to {beneficiaries}</translation>
    </message>
    <message>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <source>aucun bénéficiaire</source>
        <translation>no beneficiary</translation>
    </message>
    <message>
        <source>sans date de fin</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>sans objet</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>au plus tard le {date} (préavis de {duration})</source>
        <translation>no later than {date} (notice: {duration})</translation>
    </message>
    <message>
        <source>tacite</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>tacite, par périodes de {duration}</source>
        <translation>automatic, for periods of {duration}</translation>
    </message>
    <message>
        <source> ; déjà reconduite une fois</source>
        <translation>; already renewed once</translation>
    </message>
    <message>
        <source> ; déjà reconduite {count} fois</source>
        <translation>; already renewed {count} times</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{date}, dans {days} jours</source>
        <translation>{date}, in {days} days</translation>
    </message>
    <message>
        <source>{date}, demain</source>
        <translation>{date}, tomorrow</translation>
    </message>
    <message>
        <source>{date}, aujourd&apos;hui</source>
        <translation>{date}, today</translation>
    </message>
    <message>
        <source>{date}, hier</source>
        <translation>{date}, yesterday</translation>
    </message>
    <message>
        <source>{date}, il y a {days} jours</source>
        <translation>{date}, {days} days ago</translation>
    </message>
</context>
<context>
    <name>ConventionDialog</name>
    <message>
        <source>{caption} : un nombre entier de {low} à {high}.</source>
        <translation>{caption}: a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Nouvelle convention</source>
        <extracomment>The convention was saved: its id.</extracomment>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Modifier la convention</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Toutes les parties sont déjà dans la convention</source>
        <translation>All the parties are already in the agreement</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>en mois</source>
        <translation>in months</translation>
    </message>
    <message>
        <source>Reconduction tacite</source>
        <translation>Automatic renewal</translation>
    </message>
    <message>
        <source>Période de reconduction</source>
        <translation>Renewal period</translation>
    </message>
    <message>
        <source>en mois (par défaut : la durée)</source>
        <translation>in months (default: the term)</translation>
    </message>
    <message>
        <source>Préavis</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Non assujettie (mention légale)</source>
        <translation>Not subject to VAT (legal statement)</translation>
    </message>
    <message>
        <source>Assujettie à la TVA</source>
        <translation>Subject to VAT</translation>
    </message>
    <message>
        <source>Appels de fonds trimestriels et régularisation annuelle</source>
        <translation>Quarterly advance calls and annual settlement</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Clauses financières</source>
        <translation>Financial clauses</translation>
    </message>
    <message>
        <source>Convention et parties</source>
        <translation>Agreement and parties</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Bénéficiaires
(dans l&apos;ordre)</source>
        <translation>Beneficiaries
(in order)</translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Prise d&apos;effet</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Durée (mois)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <source>Reconduite par (mois)</source>
        <translation>Renewed for (months)</translation>
    </message>
    <message>
        <source>Préavis (mois)</source>
        <translation>Notice (months)</translation>
    </message>
    <message>
        <source>Facturation</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Délai de paiement (jours)</source>
        <translation>Payment terms (days)</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Mention légale</source>
        <translation>Legal statement</translation>
    </message>
    <message>
        <source>Taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Corrigez les points signalés en rouge pour pouvoir enregistrer.</source>
        <translation>Correct the points marked in red to be able to save.</translation>
    </message>
</context>
<context>
    <name>ConventionPage</name>
    <message>
        <source>Cette convention a été supprimée entre-temps.</source>
        <translation>This agreement has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Convention</source>
        <extracomment>The convention&apos;s terms, articles or amendments were saved.</extracomment>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Conditions et dates clés de la convention, texte de ses articles, avenants, parties et moyens mis à disposition à une date choisie.</source>
        <translation>Terms and key dates of the agreement, text of its articles, amendments, parties and the resources made available on a chosen date.</translation>
    </message>
    <message>
        <source>Aucune convention n&apos;est enregistrée. Enregistrez d&apos;abord les parties (page Paramètres), puis la convention avec « Nouvelle convention… ».</source>
        <translation>No agreement is recorded. First record the parties (Settings page), then the agreement with “New agreement…”.</translation>
    </message>
    <message>
        <source>Nouvelle convention…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <source>Modifier les conditions…</source>
        <translation>Edit terms…</translation>
    </message>
    <message>
        <source>Modifier les conditions et les bénéficiaires de la convention</source>
        <translation>Edit the terms and the beneficiaries of the agreement</translation>
    </message>
    <message>
        <source>Imprimer la fiche convention…</source>
        <translation>Print the agreement summary…</translation>
    </message>
    <message>
        <source>Voir et imprimer la fiche convention, telle qu&apos;elle est à la date de l&apos;onglet « Mise à disposition ».</source>
        <translation>View and print the agreement summary, as it stands on the date of the “Made available” tab.</translation>
    </message>
    <message>
        <source>Filtrer les parties…</source>
        <translation>Filter parties…</translation>
    </message>
    <message>
        <source>Aucune partie n&apos;est enregistrée.</source>
        <translation>No party is recorded.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Avenants</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Mise à disposition</source>
        <translation>Made available</translation>
    </message>
    <message>
        <source>Modification refusée</source>
        <translation>Change refused</translation>
    </message>
    <message>
        <source>Nouvelle convention</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Une convention lie un prestataire et au moins un bénéficiaire : enregistrez d&apos;abord les parties dans la page Paramètres.</source>
        <translation>An agreement binds a provider and at least one beneficiary: first record the parties in the Settings page.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <source>Supprimer l&apos;article {number} — {title} ? Son texte sera perdu.</source>
        <translation>Delete article {number} — {title}? Its text will be lost.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;avenant</source>
        <translation>Delete amendment</translation>
    </message>
    <message>
        <source>Supprimer l&apos;avenant n° {number} ?</source>
        <translation>Delete amendment no. {number}?</translation>
    </message>
    <message>
        <source>Préparation de la fiche…</source>
        <translation>Preparing the summary…</translation>
    </message>
    <message>
        <source>Fiche convention {reference} au {date}</source>
        <translation>Agreement summary {reference} as of {date}</translation>
    </message>
    <message>
        <source>Fiche convention {reference} {date}.pdf</source>
        <translation>Agreement summary {reference} {date}.pdf</translation>
    </message>
    <message>
        <source>Fiche convention</source>
        <translation>Agreement summary</translation>
    </message>
</context>
<context>
    <name>ConventionTimeline</name>
    <message>
        <source>Cliquez sur un avenant pour le sélectionner.</source>
        <extracomment>The user clicked an amendment&apos;s mark: its id.</extracomment>
        <translation>Click an amendment to select it.</translation>
    </message>
    <message>
        <source>Prise d&apos;effet</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>Avenant {number}</source>
        <translation>Amendment {number}</translation>
    </message>
    <message>
        <source>Dénonciation</source>
        <translation>Notice deadline</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>End of term</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Rectifier l&apos;état n° {number}</source>
        <extracomment>The corrective statement or credit note was issued.</extracomment>
        <translation>Correct statement no. {number}</translation>
    </message>
    <message>
        <source>Les données de la période {period} ont changé depuis l&apos;émission de l&apos;état n° {number} ({beneficiary}). Voici, ligne par ligne, ce qui a été émis (avec les rectifications déjà faites) et ce que la période donne aujourd&apos;hui.</source>
        <translation>The data of period {period} have changed since statement no. {number} ({beneficiary}) was issued. Here, line by line, is what was issued (with the corrections already made) and what the period gives today.</translation>
    </message>
    <message>
        <source>Filtrer les lignes…</source>
        <translation>Filter lines…</translation>
    </message>
    <message>
        <source>Écart : {amount}</source>
        <translation>Difference: {amount}</translation>
    </message>
    <message>
        <source>Afficher aussi les lignes inchangées</source>
        <translation>Also show unchanged lines</translation>
    </message>
    <message>
        <source>Émis : {issued} — recalculé : {recomputed} — écart : {difference}</source>
        <translation>Issued: {issued} — recomputed: {recomputed} — difference: {difference}</translation>
    </message>
    <message>
        <source>L&apos;écart est en faveur du bénéficiaire : un avoir de {amount} sera émis.</source>
        <translation>The difference is in the beneficiary’s favour: a credit note of {amount} will be issued.</translation>
    </message>
    <message>
        <source>L&apos;écart est dû par le bénéficiaire : un état rectificatif de {amount} sera émis.</source>
        <translation>The difference is owed by the beneficiary: a corrective statement of {amount} will be issued.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Émettre l&apos;avoir…</source>
        <translation>Issue the credit note…</translation>
    </message>
    <message>
        <source>Émettre l&apos;état rectificatif…</source>
        <translation>Issue the corrective statement…</translation>
    </message>
    <message>
        <source>Aperçu PDF (projet)</source>
        <translation>PDF preview (draft)</translation>
    </message>
    <message>
        <source>Voir le PDF que produirait l&apos;émission, marqué « PROJET — non émis », sans numéro : rien n&apos;est enregistré.</source>
        <translation>See the PDF that issuing would produce, marked “DRAFT — not issued”, without a number: nothing is recorded.</translation>
    </message>
    <message>
        <source>un avoir</source>
        <translation>a credit note</translation>
    </message>
    <message>
        <source>un état rectificatif</source>
        <translation>a corrective statement</translation>
    </message>
    <message>
        <source>Émettre la correction</source>
        <translation>Issue the correction</translation>
    </message>
    <message>
        <source>Émettre {kind} de {amount} pour l&apos;état n° {number} ?

Il recevra le prochain numéro de la série, définitif : une fois émis, le document ne peut plus être modifié ni supprimé.</source>
        <translation>Issue {kind} of {amount} for statement no. {number}?

It will receive the next number in the series, permanently: once issued, the document can no longer be changed or deleted.</translation>
    </message>
    <message>
        <source>Correction refusée</source>
        <translation>Correction refused</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tableau de bord</source>
        <extracomment>The user clicked a card: the key of the page to open.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Montants de la période en cours, évolution des dernières périodes, alertes et dates clés de la convention.</source>
        <translation>Amounts for the current period, trend over the last periods, alerts and key dates of the agreement.</translation>
    </message>
    <message>
        <source>Période en cours</source>
        <extracomment>The running period&apos;s figures are shown; the chart&apos;s older periods are computing.</extracomment>
        <translation>Current period</translation>
    </message>
    <message>
        <source>Dernières périodes par section</source>
        <translation>Last periods by section</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <extracomment>Made with the first figures (QtCharts and the sections&apos; vocabulary are not needed for the page&apos;s skeleton, which the window paints before anything is read).</extracomment>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Rien à signaler : aucune alerte aujourd&apos;hui.</source>
        <translation>Nothing to report: no alerts today.</translation>
    </message>
    <message>
        <source>Calcul des montants en cours…</source>
        <translation>Computing the amounts…</translation>
    </message>
    <message>
        <source>Enregistrez la convention pour suivre les montants de chaque période.</source>
        <translation>Record the agreement to follow the amounts of each period.</translation>
    </message>
    <message>
        <source>Période en cours : {period}</source>
        <translation>Current period: {period}</translation>
    </message>
    <message>
        <source>Cumul {year} ({count} période(s), somme des états) : {amount}</source>
        <translation>{year} so far ({count} period(s), sum of the statements): {amount}</translation>
    </message>
    <message>
        <source>{name}
Cliquez pour ouvrir l&apos;aperçu de son état.</source>
        <translation>{name}
Click to open the preview of its statement.</translation>
    </message>
    <message>
        <source>Montants provisoires : {count} donnée(s) manquante(s) pour la période (voir les alertes).</source>
        <translation>Provisional amounts: {count} missing item(s) of data for the period (see the alerts).</translation>
    </message>
    <message>
        <source>Montants calculés à ce jour, sur les données saisies.</source>
        <translation>Amounts computed to date, from the data entered.</translation>
    </message>
    <message>
        <source>Alertes ({count})</source>
        <translation>Alerts ({count})</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choisir dans le calendrier</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{document} pour {period} ne peut être {issued} qu&apos;à partir du {earliest}, dernier jour de la période, quand toutes ses dépenses sont connues (date d&apos;émission demandée : {day}). D&apos;ici là, seul un projet non émis est possible ; seuls les appels de fonds s&apos;émettent d&apos;avance.</source>
        <translation>{document} for {period} can only be {issued} from {earliest}, the last day of the period, when all its costs are known (issue date requested: {day}). Until then, only an unissued draft is possible; only advance calls are issued ahead.</translation>
    </message>
    <message>
        <source>Un état de refacturation</source>
        <translation>A statement</translation>
    </message>
    <message>
        <source>Un état rectificatif</source>
        <translation>A corrective statement</translation>
    </message>
    <message>
        <source>Un avoir</source>
        <translation>A credit note</translation>
    </message>
    <message>
        <source>Un appel de fonds</source>
        <translation>An advance call</translation>
    </message>
    <message>
        <source>Une régularisation annuelle</source>
        <translation>An annual settlement</translation>
    </message>
    <message>
        <source>émis</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>émise</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>la période {label}</source>
        <translation>the period {label}</translation>
    </message>
    <message>
        <source>le {label}</source>
        <translation>{label}</translation>
    </message>
    <message>
        <source>l&apos;{label}</source>
        <translation>{label}</translation>
    </message>
    <message>
        <source>La date d&apos;émission {day} est dans le futur : un document est daté du jour où il est émis (au plus tard aujourd&apos;hui, {today}).</source>
        <translation>The issue date {day} is in the future: a document is dated the day it is issued (today at the latest, {today}).</translation>
    </message>
    <message>
        <source>La date d&apos;émission {day} précède celle du dernier document émis (n° {number}, le {last}) : les dates d&apos;émission suivent l&apos;ordre des numéros. Choisissez une date entre le {last} et aujourd&apos;hui.</source>
        <translation>The issue date {day} is before that of the last document issued (no. {number}, on {last}): issue dates follow the order of the numbers. Choose a date between {last} and today.</translation>
    </message>
    <message>
        <source>Le paiement ne peut pas précéder l&apos;émission de l&apos;état ({day}).</source>
        <translation>The payment cannot come before the statement was issued ({day}).</translation>
    </message>
    <message>
        <source>Le paiement est daté du {day}, dans le futur : enregistrez-le une fois reçu (date au plus tard aujourd&apos;hui, {today}).</source>
        <translation>The payment is dated {day}, in the future: record it once received (today at the latest, {today}).</translation>
    </message>
</context>
<context>
    <name>DecimalField</name>
    <message>
        <source>Nombre « {0} » illisible ({1} décimales au plus).</source>
        <translation>Unreadable number “{0}” (at most {1} decimal places).</translation>
    </message>
    <message>
        <source>La valeur doit être au moins {0}.</source>
        <translation>The value must be at least {0}.</translation>
    </message>
    <message>
        <source>La valeur doit être au plus {0}.</source>
        <translation>The value must be at most {0}.</translation>
    </message>
</context>
<context>
    <name>Delete</name>
    <message>
        <source>facture(s)</source>
        <translation>bill(s)</translation>
    </message>
    <message>
        <source>charge(s) récurrente(s)</source>
        <translation>recurring charge(s)</translation>
    </message>
    <message>
        <source>mise(s) à disposition gratuite(s)</source>
        <translation>free provision(s)</translation>
    </message>
    <message>
        <source>la facture « {label} » de {supplier}</source>
        <translation>the bill “{label}” from {supplier}</translation>
    </message>
    <message>
        <source>la catégorie « {name} »</source>
        <translation>the category “{name}”</translation>
    </message>
    <message>
        <source>la charge « {label} »</source>
        <translation>the charge “{label}”</translation>
    </message>
    <message>
        <source>le matériel « {name} »</source>
        <translation>the equipment “{name}”</translation>
    </message>
    <message>
        <source>l&apos;amortissement de « {name} »</source>
        <translation>the depreciation of “{name}”</translation>
    </message>
    <message>
        <source>compteur(s)</source>
        <translation>meter(s)</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Suppression refusée : {subject} ({span}) entre dans la période de l&apos;état n° {number} ({period}), déjà émis. Corrigez plutôt l&apos;enregistrement : l&apos;écart apparaîtra sur la page États, d&apos;où émettre un état rectificatif ou un avoir.</source>
        <translation>Deletion refused: {subject} ({span}) falls within the period of statement no. {number} ({period}), already issued. Correct the record instead: the difference will appear on the Statements page, from which to issue a corrective statement or a credit note.</translation>
    </message>
    <message>
        <source>à partir du {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <source>le {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <source>Suppression impossible : {subject} est utilisé(e) par {uses}. Rattachez-les d&apos;abord ailleurs ou supprimez-les.</source>
        <translation>Cannot delete: {subject} is used by {uses}. First attach them elsewhere or delete them.</translation>
    </message>
    <message>
        <source>ce temps de travail</source>
        <translation>this working time</translation>
    </message>
    <message>
        <source>cette quotité</source>
        <translation>this share</translation>
    </message>
    <message>
        <source>cette surface</source>
        <translation>this area</translation>
    </message>
    <message>
        <source>ce pourcentage</source>
        <translation>this percentage</translation>
    </message>
    <message>
        <source>cette clé du matériel</source>
        <translation>this equipment&apos;s key</translation>
    </message>
    <message>
        <source>cette clé de catégorie</source>
        <translation>this category&apos;s key</translation>
    </message>
    <message>
        <source>cet effectif</source>
        <translation>this headcount</translation>
    </message>
    <message>
        <source>{subject} de {party}</source>
        <translation>{subject} of {party}</translation>
    </message>
    <message>
        <source>la clé « {name} »</source>
        <translation>the key “{name}”</translation>
    </message>
    <message>
        <source>le compteur « {name} »</source>
        <translation>the meter “{name}”</translation>
    </message>
    <message>
        <source>matériel(s)</source>
        <translation>item(s) of equipment</translation>
    </message>
    <message>
        <source>catégorie(s) de dépenses</source>
        <translation>expense category(ies)</translation>
    </message>
    <message>
        <source>facture(s) à clé spécifique</source>
        <translation>bill(s) with their own key</translation>
    </message>
    <message>
        <source>les relevés du compteur « {name} »</source>
        <translation>the readings of the meter “{name}”</translation>
    </message>
    <message>
        <source>clé(s) de répartition</source>
        <translation>allocation key(s)</translation>
    </message>
    <message>
        <source>la partie {code}</source>
        <translation>the party {code}</translation>
    </message>
    <message>
        <source>convention(s)</source>
        <translation>agreement(s)</translation>
    </message>
    <message>
        <source>état(s) émis</source>
        <translation>issued statement(s)</translation>
    </message>
    <message>
        <source>quotité(s)</source>
        <translation>share(s)</translation>
    </message>
    <message>
        <source>surface(s)</source>
        <translation>area(s)</translation>
    </message>
    <message>
        <source>relevé(s)</source>
        <translation>reading(s)</translation>
    </message>
    <message>
        <source>effectif(s)</source>
        <translation>headcount(s)</translation>
    </message>
    <message>
        <source>la paie de {name} en {month}</source>
        <translation>{name}&apos;s payroll for {month}</translation>
    </message>
    <message>
        <source>le site « {name} »</source>
        <translation>the site “{name}”</translation>
    </message>
    <message>
        <source>le relevé {meter} de {party}</source>
        <translation>the reading {meter} of {party}</translation>
    </message>
    <message>
        <source>l&apos;agent {name}</source>
        <translation>the staff member {name}</translation>
    </message>
</context>
<context>
    <name>DraftViewer</name>
    <message>
        <source>Projet — {kind} — {beneficiary} — {period} (non émis)</source>
        <translation>Draft — {kind} — {beneficiary} — {period} (not issued)</translation>
    </message>
    <message>
        <source>Projet {kind} {beneficiary} {period}.pdf</source>
        <translation>Draft {kind} {beneficiary} {period}.pdf</translation>
    </message>
</context>
<context>
    <name>DriftTableModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Émis</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Recalculé</source>
        <translation>Recomputed</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Aucun document émis ne correspond à ce choix : rien à exporter.</source>
        <translation>No issued document matches this choice: nothing to export.</translation>
    </message>
    <message>
        <source>la convention</source>
        <translation>the agreement</translation>
    </message>
    <message>
        <source>l&apos;article</source>
        <translation>the article</translation>
    </message>
    <message>
        <source>l&apos;avenant</source>
        <translation>the amendment</translation>
    </message>
    <message>
        <source>Rattachement : choisissez un site, un matériel ou une catégorie de dépenses (un seul), dont la clé de répartition s&apos;appliquera.</source>
        <translation>Attached to: choose a site, an item of equipment or an expense category (only one), whose allocation key will apply.</translation>
    </message>
    <message>
        <source>le site</source>
        <translation>the site</translation>
    </message>
    <message>
        <source>le matériel</source>
        <translation>the item of equipment</translation>
    </message>
    <message>
        <source>la catégorie</source>
        <translation>the category</translation>
    </message>
    <message>
        <source>la personne</source>
        <translation>the person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>l&apos;absence</source>
        <translation>the absence</translation>
    </message>
    <message>
        <source>Cette absence est celle d&apos;une autre personne.</source>
        <translation>This absence is another person&apos;s.</translation>
    </message>
    <message>
        <source>la facture</source>
        <translation>the bill</translation>
    </message>
    <message>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Nom du fichier</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Date : ce champ est obligatoire.</source>
        <translation>Date: this field is required.</translation>
    </message>
    <message>
        <source>Période de service : indiquez le début et la fin, ou aucun des deux.</source>
        <translation>Service period: give the start and the end, or neither.</translation>
    </message>
    <message>
        <source>Début de service</source>
        <translation>Service start</translation>
    </message>
    <message>
        <source>Fin de service</source>
        <translation>Service end</translation>
    </message>
    <message>
        <source>la clé</source>
        <translation>the key</translation>
    </message>
    <message>
        <source>La facture {label} est citée par l&apos;état émis n° {number} : sa pièce jointe fait partie du document et ne peut plus être remplacée ni retirée.</source>
        <translation>The bill {label} is cited by issued statement no. {number}: its attachment is part of the document and can no longer be replaced or removed.</translation>
    </message>
    <message>
        <source>Le fichier {name} est vide.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>Le fichier {name} dépasse 20 Mo : réduisez le scan avant de le joindre.</source>
        <translation>The file {name} is larger than 20 MB: reduce the scan before attaching it.</translation>
    </message>
    <message>
        <source>Le code {code} est déjà celui d&apos;une autre catégorie.</source>
        <translation>The code {code} is already that of another category.</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Clé de répartition</source>
        <translation>Allocation key</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Clé de répartition : indiquez la clé que suivent les dépenses de cette catégorie.</source>
        <translation>Allocation key: give the key this category&apos;s expenses follow.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Clé de répartition : cette clé n&apos;existe plus.</source>
        <translation>Allocation key: this key no longer exists.</translation>
    </message>
    <message>
        <source>la charge</source>
        <translation>the charge</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Périodicité : par mois, par trimestre ou par an.</source>
        <translation>Frequency: per month, per quarter or per year.</translation>
    </message>
    <message>
        <source>Code service {year}</source>
        <translation>Service code {year}</translation>
    </message>
    <message>
        <source>Numéro d&apos;engagement {year}</source>
        <translation>Commitment number {year}</translation>
    </message>
    <message>
        <source>la partie</source>
        <translation>the party</translation>
    </message>
    <message>
        <source>Année des références Chorus Pro : entre {first} et {last} (par exemple 2026).</source>
        <translation>Year of the Chorus Pro references: between {first} and {last} (for example 2026).</translation>
    </message>
    <message>
        <source>Références Chorus Pro {year} : indiquez le code service, le numéro d&apos;engagement ou les deux.</source>
        <translation>Chorus Pro references {year}: give the service code, the commitment number or both.</translation>
    </message>
    <message>
        <source>Références Chorus Pro : l&apos;année {year} est donnée deux fois.</source>
        <translation>Chorus Pro references: the year {year} is given twice.</translation>
    </message>
    <message>
        <source>Le taux des frais de gestion</source>
        <translation>The management fee rate</translation>
    </message>
    <message>
        <source>La TVA de la section « {section} »</source>
        <translation>The VAT of the “{section}” section</translation>
    </message>
    <message>
        <source>La mise à disposition gratuite</source>
        <translation>The free provision</translation>
    </message>
    <message>
        <source>Fondement légal</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Code d&apos;exonération</source>
        <translation>Exemption code</translation>
    </message>
    <message>
        <source>le compteur</source>
        <translation>the meter</translation>
    </message>
    <message>
        <source>Prix unitaire ({unit})</source>
        <translation>Unit price ({unit})</translation>
    </message>
    <message>
        <source>Le taux de revalorisation</source>
        <translation>The revaluation rate</translation>
    </message>
    <message>
        <source>Montant remboursé</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>{what} : la date d&apos;effet est obligatoire.</source>
        <translation>{what}: the effective date is required.</translation>
    </message>
    <message>
        <source>{what} : le {day} précède le début de la convention ({start}).</source>
        <translation>{what}: {day} is before the start of the agreement ({start}).</translation>
    </message>
    <message>
        <source>{caption} : ce champ est obligatoire.</source>
        <translation>{caption}: this field is required.</translation>
    </message>
    <message>
        <source>{what} : six décimales au plus (0,055 pour 5,5 %).</source>
        <translation>{what}: six decimals at most (0,055 for 5,5 %).</translation>
    </message>
    <message>
        <source>L&apos;avenant cité n&apos;appartient pas à cette convention.</source>
        <translation>The amendment cited does not belong to this agreement.</translation>
    </message>
    <message>
        <source>Section inconnue : {sections}.</source>
        <translation>Unknown section: {sections}.</translation>
    </message>
    <message>
        <source>Frais de gestion : choisissez au moins une section à laquelle ils s&apos;appliquent.</source>
        <translation>Management fee: choose at least one section it applies to.</translation>
    </message>
    <message>
        <source>{what} : traitement inconnu « {treatment} ».</source>
        <translation>{what}: unknown treatment “{treatment}”.</translation>
    </message>
    <message>
        <source>Code d&apos;exonération : indiquez le code EN 16931 de la liste VATEX (par exemple VATEX-EU-F).</source>
        <translation>Exemption code: give the EN 16931 code from the VATEX list (for example VATEX-EU-F).</translation>
    </message>
    <message>
        <source>{what} : le taux</source>
        <translation>{what}: the rate</translation>
    </message>
    <message>
        <source>Nature d&apos;absence inconnue « {kind} ».</source>
        <translation>Unknown absence kind “{kind}”.</translation>
    </message>
    <message>
        <source>Absences à la charge du Pays : la date d&apos;effet est obligatoire.</source>
        <translation>Absences borne by the provider: the effective date is required.</translation>
    </message>
    <message>
        <source>Absences à la charge du Pays : le {day} précède le début de la convention ({start}).</source>
        <translation>Absences borne by the provider: {day} is before the start of the agreement ({start}).</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite : choisissez un bénéficiaire de la convention.</source>
        <translation>Free provision: choose a beneficiary of the agreement.</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite : choisissez un site, un matériel ou une catégorie.</source>
        <translation>Free provision: choose a site, an item of equipment or a category.</translation>
    </message>
    <message>
        <source>La mise à disposition gratuite (lendemain de la fin)</source>
        <translation>The free provision (day after its end)</translation>
    </message>
    <message>
        <source>Prix unitaire : la date d&apos;effet est obligatoire.</source>
        <translation>Unit price: the effective date is required.</translation>
    </message>
    <message>
        <source>Nouveau montant : la date d&apos;effet est obligatoire.</source>
        <translation>New amount: the effective date is required.</translation>
    </message>
    <message>
        <source>Nouveau montant de « {label} » : le {day} doit tomber après le début de la charge ({start}) et avant sa fin ; le montant initial se corrige sur la charge elle-même.</source>
        <translation>New amount of “{label}”: {day} must fall after the start of the charge ({start}) and before its end; the initial amount is corrected on the charge itself.</translation>
    </message>
    <message>
        <source>Revalorisation : la date de référence (date anniversaire) est obligatoire.</source>
        <translation>Revaluation: the reference date (anniversary date) is required.</translation>
    </message>
    <message>
        <source>Absence : les dates de début et de fin sont obligatoires.</source>
        <translation>Absence: the start and end dates are required.</translation>
    </message>
    <message>
        <source>Remboursement : le mois de paie est obligatoire.</source>
        <translation>Reimbursement: the payroll month is required.</translation>
    </message>
    <message>
        <source>Nature de remboursement inconnue « {kind} ».</source>
        <translation>Unknown reimbursement kind “{kind}”.</translation>
    </message>
    <message>
        <source>Remboursement : {name} n&apos;est pas employé(e) en {month}.</source>
        <translation>Reimbursement: {name} is not employed in {month}.</translation>
    </message>
    <message>
        <source>{what} : un taux de 0 % n&apos;est pas une taxation ; choisissez « exonérée » ou « hors champ ».</source>
        <translation>{what}: a rate of 0 % is not taxation; choose “exempt” or “outside scope”.</translation>
    </message>
    <message>
        <source>{what} se termine le {day}, avant de commencer.</source>
        <translation>{what} ends on {day}, before it starts.</translation>
    </message>
    <message>
        <source>{what} chevauche celle qui commence le {day}.</source>
        <translation>{what} overlaps the one starting on {day}.</translation>
    </message>
    <message>
        <source>Enregistrement introuvable : {what} a peut-être été supprimé(e) entre-temps.</source>
        <translation>Record not found: {what} may have been deleted in the meantime.</translation>
    </message>
    <message>
        <source>{caption} : {count} caractères au plus.</source>
        <translation>{caption}: {count} characters at most.</translation>
    </message>
    <message>
        <source>{end} ({end_day}) ne peut pas précéder {start} ({start_day}).</source>
        <translation>{end} ({end_day}) cannot come before {start} ({start_day}).</translation>
    </message>
    <message>
        <source>{caption} : {places} décimales au plus.</source>
        <translation>{caption}: {places} decimals at most.</translation>
    </message>
    <message>
        <source>{caption} ne peut pas être négatif.</source>
        <translation>{caption} cannot be negative.</translation>
    </message>
    <message>
        <source>Désignation</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Valeur d&apos;acquisition</source>
        <translation>Acquisition value</translation>
    </message>
    <message>
        <source>Type : choisissez dans la liste.</source>
        <translation>Type: choose from the list.</translation>
    </message>
    <message>
        <source>Mise en service : ce champ est obligatoire.</source>
        <translation>In service: this field is required.</translation>
    </message>
    <message>
        <source>Durée d&apos;amortissement : de 1 à 100 ans.</source>
        <translation>Depreciation period: from 1 to 100 years.</translation>
    </message>
    <message>
        <source>Clé de répartition : indiquez la clé que suivent les coûts de ce matériel.</source>
        <translation>Allocation key: give the key this equipment&apos;s costs follow.</translation>
    </message>
    <message>
        <source>Effectifs</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Effectif au {day} : un effectif ne peut pas être négatif.</source>
        <translation>Headcount on {day}: a headcount cannot be negative.</translation>
    </message>
    <message>
        <source>Effectif au {day} : valeur trop grande.</source>
        <translation>Headcount on {day}: value too large.</translation>
    </message>
    <message>
        <source>{caption} : une valeur a été supprimée entre-temps ; rouvrez la fiche.</source>
        <translation>{caption}: a value has been deleted in the meantime; reopen the form.</translation>
    </message>
    <message>
        <source>Cette valeur a déjà été supprimée.</source>
        <translation>This value has already been deleted.</translation>
    </message>
    <message>
        <source>{caption} : chaque valeur doit avoir sa date d&apos;effet.</source>
        <translation>{caption}: each value needs its effective date.</translation>
    </message>
    <message>
        <source>{caption} : la valeur au {day} manque.</source>
        <translation>{caption}: the value on {day} is missing.</translation>
    </message>
    <message>
        <source>{caption} : deux valeurs pour {party} à la même date ({day}). Corrigez celle qui existe plutôt que d&apos;en ajouter une autre.</source>
        <translation>{caption}: two values for {party} on the same date ({day}). Correct the existing one rather than adding another.</translation>
    </message>
    <message>
        <source>{caption} : deux valeurs à la même date ({day}). Corrigez celle qui existe plutôt que d&apos;en ajouter une autre.</source>
        <translation>{caption}: two values on the same date ({day}). Correct the existing one rather than adding another.</translation>
    </message>
    <message>
        <source>{caption} : au {day}, le total atteint {total} ; il ne peut dépasser 100&#xa0;% ({rest}).</source>
        <translation>{caption}: on {day}, the total reaches {total}; it cannot exceed 100&#xa0;% ({rest}).</translation>
    </message>
    <message>
        <source>{caption} : année {year} hors limites (2000 à 2100).</source>
        <translation>{caption}: year {year} out of bounds (2000 to 2100).</translation>
    </message>
    <message>
        <source>{caption} : l&apos;année {year} figure deux fois.</source>
        <translation>{caption}: the year {year} appears twice.</translation>
    </message>
    <message>
        <source>{caption} : le montant de {year} doit être positif ou nul.</source>
        <translation>{caption}: the amount for {year} must be zero or more.</translation>
    </message>
    <message>
        <source>{caption} : 2 décimales au plus ({year}).</source>
        <translation>{caption}: 2 decimals at most ({year}).</translation>
    </message>
    <message>
        <source>Un SIRET compte 14 chiffres (ici {count} caractères).</source>
        <translation>A SIRET has 14 digits (here {count} characters).</translation>
    </message>
    <message>
        <source>Ce SIRET n&apos;existe pas (clé de contrôle fausse) : vérifiez les chiffres.</source>
        <translation>This SIRET does not exist (wrong check digit): check the digits.</translation>
    </message>
    <message>
        <source>IBAN illisible : deux lettres de pays, deux chiffres de clé, puis le compte.</source>
        <translation>IBAN cannot be read: two country letters, two check digits, then the account.</translation>
    </message>
    <message>
        <source>Un IBAN français compte 27 caractères (ici {count}).</source>
        <translation>A French IBAN has 27 characters (here {count}).</translation>
    </message>
    <message>
        <source>Cet IBAN n&apos;existe pas (clé de contrôle fausse) : vérifiez les caractères.</source>
        <translation>This IBAN does not exist (wrong check digits): check the characters.</translation>
    </message>
    <message>
        <source>Un BIC compte 8 ou 11 caractères : 4 lettres de banque, 2 de pays, puis 2 (et 3).</source>
        <translation>A BIC has 8 or 11 characters: 4 bank letters, 2 country letters, then 2 (and 3).</translation>
    </message>
    <message>
        <source>Site : choisissez le site dont les surfaces servent de clé.</source>
        <translation>Site: choose the site whose floor areas serve as the key.</translation>
    </message>
    <message>
        <source>Compteur : choisissez le compteur dont les relevés servent de clé.</source>
        <translation>Meter: choose the meter whose readings serve as the key.</translation>
    </message>
    <message>
        <source>Partie : choisissez la partie à qui tout est affecté.</source>
        <translation>Party: choose the party everything goes to.</translation>
    </message>
    <message>
        <source>Nom de la clé</source>
        <translation>Key name</translation>
    </message>
    <message>
        <source>Une clé s&apos;appelle déjà « {name} ».</source>
        <translation>A key is already called “{name}”.</translation>
    </message>
    <message>
        <source>Pourcentages</source>
        <translation>Percentages</translation>
    </message>
    <message>
        <source>Nom du compteur</source>
        <translation>Meter name</translation>
    </message>
    <message>
        <source>Un compteur s&apos;appelle déjà « {name} ».</source>
        <translation>A meter is already called “{name}”.</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Type de clé : choisissez dans la liste.</source>
        <translation>Key type: choose from the list.</translation>
    </message>
    <message>
        <source>le prestataire garde le reste</source>
        <translation>the provider keeps the rest</translation>
    </message>
    <message>
        <source>Pourcentages : chacun revient à un bénéficiaire d&apos;une convention.</source>
        <translation>Percentages: each goes to a beneficiary of an agreement.</translation>
    </message>
    <message>
        <source>Pourcentage au {day} : entre 0 % et 100 %.</source>
        <translation>Percentage on {day}: between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>Pourcentages : indiquez au moins celui d&apos;un bénéficiaire.</source>
        <translation>Percentages: give at least one beneficiary&apos;s.</translation>
    </message>
    <message>
        <source>Le code {code} est déjà celui d&apos;une autre partie.</source>
        <translation>The code {code} is already that of another party.</translation>
    </message>
    <message>
        <source>Code : lettres et chiffres seulement (par exemple ST2B).</source>
        <translation>Code: letters and digits only (for example ST2B).</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Qualité du signataire</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Courriel : adresse illisible (par exemple contact@exemple.fr).</source>
        <translation>Email: address cannot be read (for example contact@example.org).</translation>
    </message>
    <message>
        <source>Logo : choisissez une image PNG ou JPEG.</source>
        <translation>Logo: choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Logo : l&apos;image pèse {size} ko ; 2 000 ko au plus (réduisez-la).</source>
        <translation>Logo: the image weighs {size} kB; 2,000 kB at most (reduce it).</translation>
    </message>
    <message>
        <source>SIRET : obligatoire pour votre organisation (il figure sur les états).</source>
        <translation>SIRET: required for your organisation (it is printed on the statements).</translation>
    </message>
    <message>
        <source>{caption} : {problem}</source>
        <translation>{caption}: {problem}</translation>
    </message>
    <message>
        <source>Salaire brut</source>
        <translation>Gross salary</translation>
    </message>
    <message>
        <source>Charges patronales</source>
        <translation>Employer charges</translation>
    </message>
    <message>
        <source>Autres éléments</source>
        <translation>Other items</translation>
    </message>
    <message>
        <source>{part} de {name} en {month}</source>
        <translation>{part} of {name} in {month}</translation>
    </message>
    <message>
        <source>Cet agent a été supprimé entre-temps : rouvrez la grille.</source>
        <translation>This staff member has been deleted in the meantime: reopen the grid.</translation>
    </message>
    <message>
        <source>{name} n&apos;est pas employé(e) en {month} : aucune paie à saisir.</source>
        <translation>{name} is not employed in {month}: no payroll to enter.</translation>
    </message>
    <message>
        <source>Utilisation prévue {year} du compteur « {meter} » pour {party}</source>
        <translation>Planned use {year} of the meter “{meter}” for {party}</translation>
    </message>
    <message>
        <source>Année {year} hors des limites : choisissez une année de {first} à {last}.</source>
        <translation>Year {year} out of bounds: choose a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>{what} : donnée deux fois, une seule quantité est possible.</source>
        <translation>{what}: given twice, only one quantity is possible.</translation>
    </message>
    <message>
        <source>{what} : une quantité ne peut pas être négative.</source>
        <translation>{what}: a quantity cannot be negative.</translation>
    </message>
    <message>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Un site s&apos;appelle déjà « {name} ».</source>
        <translation>A site is already called “{name}”.</translation>
    </message>
    <message>
        <source>Parties communes</source>
        <translation>Common areas</translation>
    </message>
    <message>
        <source>Surfaces</source>
        <translation>Floor areas</translation>
    </message>
    <message>
        <source>Surface au {day}</source>
        <translation>Floor area on {day}</translation>
    </message>
    <message>
        <source>Surfaces : choisissez la partie qui occupe la surface.</source>
        <translation>Areas: choose the party occupying the area.</translation>
    </message>
    <message>
        <source>Surface au {day} : une surface ne peut pas être négative.</source>
        <translation>Floor area on {day}: an area cannot be negative.</translation>
    </message>
    <message>
        <source>Relevé {meter} de {party} ({period})</source>
        <translation>Reading {meter} of {party} ({period})</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite : choisissez un bénéficiaire d&apos;une convention.</source>
        <translation>Free provision: choose a beneficiary of an agreement.</translation>
    </message>
    <message>
        <source>{what} à {beneficiary} : le {day} précède le début de la convention ({start}).</source>
        <translation>{what} to {beneficiary}: {day} is before the start of the agreement ({start}).</translation>
    </message>
    <message>
        <source>{what} à {beneficiary} se termine le {day}, avant de commencer.</source>
        <translation>{what} to {beneficiary} ends on {day}, before it starts.</translation>
    </message>
    <message>
        <source>{what} à {beneficiary} du {day} chevauche celle qui commence le {other}.</source>
        <translation>{what} to {beneficiary} from {day} overlaps the one starting on {other}.</translation>
    </message>
    <message>
        <source>Enregistrement introuvable : cette mise à disposition gratuite a peut-être été supprimée entre-temps.</source>
        <translation>Record not found: this free provision may have been deleted in the meantime.</translation>
    </message>
    <message>
        <source>La mise à disposition gratuite (lendemain de sa fin)</source>
        <translation>The free provision (day after its end)</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite : l&apos;avenant cité n&apos;appartient pas à sa convention.</source>
        <translation>Free provision: the amendment cited does not belong to its agreement.</translation>
    </message>
    <message>
        <source>l&apos;agent</source>
        <translation>the staff member</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Date d&apos;entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Date de sortie</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <source>Quotités</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Temps de travail</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>Coût prévisionnel</source>
        <translation>Planned cost</translation>
    </message>
    <message>
        <source>Temps de travail au {day} : entre 1 % et 100 % d&apos;un temps plein.</source>
        <translation>Working time on {day}: between 1 % and 100 % of full time.</translation>
    </message>
    <message>
        <source>Temps de travail : indiquez au moins celui de l&apos;entrée (100 % pour un temps plein).</source>
        <translation>Working time: give at least the one at the start (100 % for full time).</translation>
    </message>
    <message>
        <source>Temps de travail : le premier s&apos;applique au {day}, après l&apos;entrée ({start}) ; datez-le au plus tard du jour d&apos;entrée.</source>
        <translation>Working time: the first one applies from {day}, after the start date ({start}); date it no later than the start date.</translation>
    </message>
    <message>
        <source>Quotités : chaque quotité est due à un bénéficiaire d&apos;une convention.</source>
        <translation>Shares: each share is owed to a beneficiary of an agreement.</translation>
    </message>
    <message>
        <source>Quotité au {day} : entre 0 % et 100 %.</source>
        <translation>Share on {day}: between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>Le montant d&apos;un paiement doit être positif.</source>
        <translation>A payment&apos;s amount must be positive.</translation>
    </message>
</context>
<context>
    <name>EditBar</name>
    <message>
        <source>Ajouter…</source>
        <extracomment>Asks the main window to open another page at a record: (page key, record kind, record id). Asks the main window to open the place where missing data is entered: (page key, place — see :func:`~mutualisation.services.alerts.entry_place` —, record id, first day concerned or None). This page wrote to the database: the other pages must read again when next shown. The row value of the line to edit or delete.</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Nouvel enregistrement (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Modifier la ligne choisie (Entrée ou double-clic)</source>
        <translation>Edit the chosen line (Enter or double-click)</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer la ligne choisie (Suppr)</source>
        <translation>Delete the chosen line (Del)</translation>
    </message>
</context>
<context>
    <name>EditableGridModel</name>
    <message>
        <source>Total</source>
        <extracomment>A typed or pasted value was not recorded: the message says why. Values were recorded.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>{where} : {message}</source>
        <translation>{where}: {message}</translation>
    </message>
</context>
<context>
    <name>EquipmentAtDateModel</name>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>En service le</source>
        <translation>In service on</translation>
    </message>
    <message>
        <source>Amorti jusqu&apos;au</source>
        <translation>Depreciated until</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Nouveau matériel</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <source>Modifier le matériel</source>
        <translation>Edit equipment</translation>
    </message>
    <message>
        <source>Désignation</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Valeur d&apos;acquisition</source>
        <translation>Purchase value</translation>
    </message>
    <message>
        <source>Mise en service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Durée d&apos;amortissement (ans)</source>
        <translation>Depreciation period (years)</translation>
    </message>
    <message>
        <source>Clé de répartition</source>
        <translation>Allocation key</translation>
    </message>
    <message>
        <source>Clé de répartition, datée</source>
        <translation>Allocation key, dated</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite</source>
        <translation>Free provision</translation>
    </message>
    <message>
        <source>Indiquez la clé de répartition que suivent les coûts de ce matériel, puis « Ajouter cette valeur ».</source>
        <translation>Enter the allocation key this equipment’s costs follow, then “Add this value”.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Matériel mis à disposition : valeur d&apos;acquisition, date de mise en service, durée d&apos;amortissement linéaire et clé de répartition en vigueur aujourd&apos;hui.</source>
        <translation>Equipment made available: purchase value, date in service, straight-line depreciation period and the allocation key in force today.</translation>
    </message>
    <message>
        <source>Filtrer le matériel…</source>
        <translation>Filter equipment…</translation>
    </message>
    <message>
        <source>Aucun matériel n&apos;est enregistré. « Nouveau matériel… » pour commencer.</source>
        <translation>No equipment is recorded. “New equipment…” to start.</translation>
    </message>
    <message>
        <source>Nouveau matériel…</source>
        <translation>New equipment…</translation>
    </message>
    <message>
        <source>Supprimer « {name} » et l&apos;historique de sa clé de répartition ?</source>
        <translation>Delete “{name}” and the history of its allocation key?</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <source>Désignation</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Valeur d&apos;acquisition</source>
        <translation>Purchase value</translation>
    </message>
    <message>
        <source>Mise en service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Useful life</translation>
    </message>
    <message>
        <source>Durée d&apos;amortissement linéaire</source>
        <translation>Straight-line depreciation period</translation>
    </message>
    <message>
        <source>Clé de répartition</source>
        <translation>Allocation key</translation>
    </message>
    <message>
        <source>Clé en vigueur aujourd&apos;hui</source>
        <translation>Key in force today</translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <source>Dépenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Factures et charges récurrentes partagées, chacune rattachée à un site, un matériel ou une catégorie de dépenses dont elle suit la clé de répartition.</source>
        <translation>Shared bills and recurring charges, each attached to a site, an item of equipment or an expense category whose allocation key it follows.</translation>
    </message>
    <message>
        <source>Filtrer par fournisseur, libellé, date, montant…</source>
        <translation>Filter by supplier, description, date, amount…</translation>
    </message>
    <message>
        <source>Aucune facture n&apos;est enregistrée. « Nouvelle facture… » pour commencer.</source>
        <translation>No bill is recorded. “New bill…” to start.</translation>
    </message>
    <message>
        <source>Filtrer les charges…</source>
        <translation>Filter charges…</translation>
    </message>
    <message>
        <source>Aucune charge récurrente n&apos;est enregistrée.</source>
        <translation>No recurring charge is recorded.</translation>
    </message>
    <message>
        <source>Nouvelle facture…</source>
        <translation>New bill…</translation>
    </message>
    <message>
        <source>Nouvelle charge…</source>
        <translation>New charge…</translation>
    </message>
    <message>
        <source>Factures</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Charges récurrentes</source>
        <translation>Recurring charges</translation>
    </message>
    <message>
        <source>Supprimer la facture « {label} » de {supplier} du {day} ({amount}) ?</source>
        <translation>Delete the bill “{label}” from {supplier} dated {day} ({amount})?</translation>
    </message>
    <message>
        <source>Supprimer la charge « {label} » ?
Pour une charge qui s&apos;arrête, indiquez plutôt sa date de fin.</source>
        <translation>Delete the charge “{label}”?
For a charge that stops, enter its end date instead.</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Absence ({kind}) du {start} au {end} : jours à la charge du Pays</source>
        <translation>Absence ({kind}) from {start} to {end}: days borne by the provider</translation>
    </message>
    <message>
        <source>Remboursements reçus pour la paie de {month} (IJSS, subrogation, aides) : {received} déduits de {gross}, soit {net}.</source>
        <translation>Reimbursements received for the payroll of {month} (IJSS, subrogation, aid): {received} deducted from {gross}, i.e. {net}.</translation>
    </message>
    <message>
        <source>Amortissement — {name}</source>
        <translation>Depreciation — {name}</translation>
    </message>
    <message>
        <source>{frequency}, réparti sur les jours du mois ; {days} j dans la période.</source>
        <translation>{frequency}, spread over the days of the month; {days} d in the period.</translation>
    </message>
    <message>
        <source>par mois</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>par trimestre</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <source>par an</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>Facture {supplier}{reference} du {day} : {amount}</source>
        <translation>Bill from {supplier}{reference} dated {day}: {amount}</translation>
    </message>
    <message>
        <source>{name} : salaire chargé de chaque mois réparti sur ses jours d&apos;emploi.</source>
        <translation>{name}: each month&apos;s payroll cost spread over their days of employment.</translation>
    </message>
    <message>
        <source>Valeur d&apos;acquisition {value}, mise en service le {in_service}, amortie sur {years} ans : {monthly} par mois jusqu&apos;au {last_day}.</source>
        <translation>Acquisition value {value}, in service on {in_service}, depreciated over {years} years: {monthly} per month until {last_day}.</translation>
    </message>
    <message>
        <source>{days} j d&apos;amortissement dans la période.</source>
        <translation>{days} d of depreciation in the period.</translation>
    </message>
    <message>
        <source> au {end}</source>
        <translation> to {end}</translation>
    </message>
    <message>
        <source>{amount} {frequency} du {start}{until}, soit {per_month} par mois réparti sur les jours du mois ; {days} j dans la période.</source>
        <translation>{amount} {frequency} from {start}{until}, i.e. {per_month} per month spread over the days of the month; {days} d in the period.</translation>
    </message>
    <message>
        <source> n° {reference}</source>
        <translation> no. {reference}</translation>
    </message>
    <message>
        <source>{fact}, pour la période du {start} au {end} ({service_days} j), dont {days} j dans la période.</source>
        <translation>{fact}, for the period from {start} to {end} ({service_days} d), of which {days} d in the period.</translation>
    </message>
    <message>
        <source>{fact}, imputée à sa date.</source>
        <translation>{fact}, charged on its date.</translation>
    </message>
    <message>
        <source>Paie de {month} : {cost} sur {employed} j d&apos;emploi, dont {inside} j dans la période.</source>
        <translation>Payroll of {month}: {cost} over {employed} d of employment, of which {inside} d in the period.</translation>
    </message>
    <message>
        <source>Frais de gestion {rate} × {basis} = {fee}</source>
        <translation>Management fee {rate} × {basis} = {fee}</translation>
    </message>
    <message>
        <source>Frais de gestion de {rate} sur le sous-total « {section} » de chaque bénéficiaire, du {start} au {end}.</source>
        <translation>Management fee of {rate} on each beneficiary&apos;s “{section}” subtotal, from {start} to {end}.</translation>
    </message>
    <message>
        <source>Frais de gestion {rate}</source>
        <translation>Management fee {rate}</translation>
    </message>
    <message>
        <source>{pieces} : {percent} sur la période</source>
        <translation>{pieces}: {percent} over the period</translation>
    </message>
    <message>
        <source>Total exact {exact}, arrondi à {total}.</source>
        <translation>Exact total {exact}, rounded to {total}.</translation>
    </message>
    <message>
        <source>{key} du {start} au {end}</source>
        <translation>{key} from {start} to {end}</translation>
    </message>
    <message>
        <source>Du {start} au {end} ({days} j) : {amount} réparti selon {shares}{amendments}.</source>
        <translation>From {start} to {end} ({days} d): {amount} split by {shares}{amendments}.</translation>
    </message>
    <message>
        <source>, mise à disposition à titre gratuit (pour mémoire, non facturée)</source>
        <translation>, provided free of charge (valued for the record, not billed)</translation>
    </message>
    <message>
        <source>{code} : part exacte {exact} ({fraction} = {percent}), arrondie à {amount}{free}.</source>
        <translation>{code}: exact part {exact} ({fraction} = {percent}), rounded to {amount}{free}.</translation>
    </message>
    <message>
        <source>TVA à {rate}</source>
        <translation>VAT at {rate}</translation>
    </message>
    <message>
        <source>{meter} ({unit} × prix unitaire)</source>
        <translation>{meter} ({unit} × unit price)</translation>
    </message>
    <message>
        <source>Prix unitaire {price} par {unit} à partir du {day}{cited}.</source>
        <translation>Unit price {price} per {unit} from {day}{cited}.</translation>
    </message>
    <message>
        <source>Relevés du {start} au {end} ({days} j, dont {inside} j dans la période).</source>
        <translation>Readings from {start} to {end} ({days} d, of which {inside} d in the period).</translation>
    </message>
    <message>
        <source>{quantity} {unit} relevés sur ces {days} j.</source>
        <translation>{quantity} {unit} read over these {days} d.</translation>
    </message>
    <message>
        <source>Montant de {amount} à partir du {day}{cited}</source>
        <translation>Amount of {amount} from {day}{cited}</translation>
    </message>
    <message>
        <source>{label} revalorisé de {rate} au {day} : {amount}</source>
        <translation>{label} revalued by {rate} on {day}: {amount}</translation>
    </message>
    <message>
        <source>Frais de gestion ({rates})</source>
        <translation>Management fee ({rates})</translation>
    </message>
    <message>
        <source>{earlier} puis {later}</source>
        <translation>{earlier} then {later}</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>Détail du calcul — {label}</source>
        <translation>Calculation details — {label}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copier le détail</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <source>Détail du calcul</source>
        <translation>Calculation details</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Enregistrer le tableau tel qu&apos;il est affiché (Excel ou CSV)</source>
        <translation>Save the table as displayed (Excel or CSV)</translation>
    </message>
</context>
<context>
    <name>FeeEditor</name>
    <message>
        <source>Le taux des frais de gestion</source>
        <translation>The management fee rate</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Sur les sections</source>
        <translation>On the sections</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Ajouter ce taux</source>
        <translation>Add this rate</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the selected line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <source>Ajoutés au sous-total de chaque section couverte ; un taux de 0 % met fin aux frais.</source>
        <translation>Added to the subtotal of each section covered; a rate of 0 % ends the fee.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;Fichier</source>
        <extracomment>An import wrote to the database: every page must read again. A line for the status bar.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importer un classeur ou un CSV…</source>
        <translation>&amp;Import a workbook or a CSV…</translation>
    </message>
    <message>
        <source>Importer un export de &amp;paie…</source>
        <translation>Import a &amp;payroll export…</translation>
    </message>
    <message>
        <source>&amp;Exporter toute la base (Excel)…</source>
        <translation>&amp;Export the whole database (Excel)…</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;modèle d&apos;import vide…</source>
        <translation>Save the empty import &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Importer un export de paie</source>
        <translation>Import a payroll export</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporter toute la base</source>
        <translation>Export the whole database</translation>
    </message>
    <message>
        <source>Mutualisation.xlsx</source>
        <translation>Mutualisation.xlsx</translation>
    </message>
    <message>
        <source>Export de la base en cours vers {path}…</source>
        <translation>Exporting the database to {path}…</translation>
    </message>
    <message>
        <source>Base exportée : {rows} ligne(s) dans {path}</source>
        <translation>Database exported: {rows} row(s) in {path}</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;a pas pu être écrit : {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Enregistrer le modèle d&apos;import</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Modèle d&apos;import.xlsx</source>
        <translation>Import template.xlsx</translation>
    </message>
    <message>
        <source>Modèle d&apos;import enregistré : {path}</source>
        <translation>Import template saved: {path}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>* obligatoire</source>
        <extracomment>The record was saved (its id).</extracomment>
        <translation>* required</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>Champ obligatoire à remplir : {0}.</source>
        <translation>Required field to fill in: {0}.</translation>
    </message>
    <message>
        <source>Champs obligatoires à remplir : {0}.</source>
        <translation>Required fields to fill in: {0}.</translation>
    </message>
    <message>
        <source>Corrigez les points signalés en rouge pour pouvoir enregistrer.</source>
        <translation>Correct the points marked in red to be able to save.</translation>
    </message>
</context>
<context>
    <name>FreeProvisionEditor</name>
    <message>
        <source>La fin ne peut pas précéder le début.</source>
        <translation>The end cannot come before the start.</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Aucune convention n&apos;a de bénéficiaire : créez d&apos;abord la convention (page Convention).</source>
        <translation>No agreement has a beneficiary: create the agreement first (Agreement page).</translation>
    </message>
    <message>
        <source>Fourni à titre gratuit : sa part est calculée comme d&apos;habitude, montrée pour mémoire et non facturée. Du premier jour d&apos;une période de facturation au dernier jour d&apos;une période (sans fin : jusqu&apos;à nouvel ordre).</source>
        <translation>Provided free of charge: its part is computed as usual, shown for the record and not billed. From the first day of a billing period to the last day of a period (no end: until further notice).</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au (inclus)</source>
        <translation>To (included)</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Ajouter cette mise à disposition</source>
        <translation>Add this provision</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the chosen line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the chosen line</translation>
    </message>
</context>
<context>
    <name>FreeProvisionTableModel</name>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
</context>
<context>
    <name>HeadcountDialog</name>
    <message>
        <source>Effectifs propres d&apos;une partie</source>
        <translation>Own headcount of a party</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Équivalents temps plein</source>
        <translation>Full-time equivalents</translation>
    </message>
    <message>
        <source>Effectif hors registre du personnel, daté</source>
        <translation>Headcount outside the staff register, dated</translation>
    </message>
</context>
<context>
    <name>HeadcountTableModel</name>
    <message>
        <source>n°&#xa0;{number}</source>
        <translation>no.&#xa0;{number}</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Équivalents temps plein</source>
        <translation>Full-time equivalents</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
</context>
<context>
    <name>HistoryEditor</name>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Ajouter cette valeur</source>
        <translation>Add this value</translation>
    </message>
    <message>
        <source>Une nouvelle valeur, en vigueur à partir de sa date</source>
        <translation>A new value, in force from its date</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the chosen line</translation>
    </message>
    <message>
        <source>Remplace la ligne choisie, en cas d&apos;erreur de saisie</source>
        <translation>Replaces the chosen line, in case of a typing error</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the chosen line</translation>
    </message>
    <message>
        <source>Un changement à partir d&apos;une date s&apos;ajoute comme une nouvelle ligne ; choisissez une ligne pour corriger une erreur de saisie.</source>
        <translation>A change from a date is added as a new line; choose a line to correct a typing error.</translation>
    </message>
    <message>
        <source>Une valeur existe déjà à cette date : corrigez-la (« Corriger la ligne choisie ») ou choisissez une autre date.</source>
        <translation>A value already exists on this date: correct it (“Correct the chosen line”) or choose another date.</translation>
    </message>
    <message>
        <source>Une autre ligne a déjà cette date : choisissez une autre date.</source>
        <translation>Another line already has this date: choose another date.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>« {name} » ne contient aucune ligne à importer.</source>
        <translation>“{name}” contains no row to import.</translation>
    </message>
    <message>
        <source>Feuille non reconnue : ses {count} ligne(s) ne seraient pas lues. Feuilles possibles : {names}.</source>
        <translation>Sheet not recognised: its {count} row(s) would not be read. Possible sheets: {names}.</translation>
    </message>
    <message>
        <source>Partie « {text} » inconnue : ajoutez-la à la feuille Parties ou écrivez son code.</source>
        <translation>Unknown party “{text}”: add it to the “Parties” sheet or write its code.</translation>
    </message>
    <message>
        <source>Convention « {text} » inconnue : ajoutez-la à la feuille Conventions.</source>
        <translation>Unknown agreement “{text}”: add it to the “Conventions” sheet.</translation>
    </message>
    <message>
        <source>Site « {text} » inconnu : ajoutez-le à la feuille Sites.</source>
        <translation>Unknown site “{text}”: add it to the “Sites” sheet.</translation>
    </message>
    <message>
        <source>Matériel « {text} » inconnu : ajoutez-le à la feuille Matériel.</source>
        <translation>Unknown equipment “{text}”: add it to the “Matériel” sheet.</translation>
    </message>
    <message>
        <source>Compteur « {text} » inconnu : ajoutez-le à la feuille Compteurs.</source>
        <translation>Unknown meter “{text}”: add it to the “Compteurs” sheet.</translation>
    </message>
    <message>
        <source>Clé « {text} » inconnue : ajoutez-la à la feuille Clés.</source>
        <translation>Unknown allocation key “{text}”: add it to the “Clés” sheet.</translation>
    </message>
    <message>
        <source>Catégorie « {text} » inconnue : ajoutez-la à la feuille Catégories ou écrivez son code.</source>
        <translation>Unknown category “{text}”: add it to the “Catégories” sheet or write its code.</translation>
    </message>
    <message>
        <source> commençant le {day}</source>
        <translation> starting on {day}</translation>
    </message>
    <message>
        <source>Plusieurs charges « {label} » commencent le {day} : donnez-leur des libellés distincts.</source>
        <translation>Several charges “{label}” start on {day}: give them distinct labels.</translation>
    </message>
    <message>
        <source> de la convention {convention}</source>
        <translation> of agreement {convention}</translation>
    </message>
    <message>
        <source>Plusieurs conventions ont un avenant n° {number} : écrivez par exemple « {reference} n° {number} ».</source>
        <translation>Several agreements have an amendment no. {number}: write for example “{reference} n° {number}”.</translation>
    </message>
    <message>
        <source>Agent inconnu : {name} (ni dans la base ni dans la feuille Personnel).</source>
        <translation>Unknown staff member: {name} (neither in the database nor in the “Personnel” sheet).</translation>
    </message>
    <message>
        <source>Plusieurs agents s&apos;appellent {first} {last} (entrés le {dates}) : indiquez la date d&apos;entrée dans la colonne Entrée.</source>
        <translation>Several staff members are called {first} {last} (started on {dates}): give the start date in the “Entrée” column.</translation>
    </message>
    <message>
        <source>Charge « {label} »{since} inconnue : ajoutez-la à la feuille Charges récurrentes.</source>
        <translation>Unknown charge “{label}”{since}: add it to the “Charges récurrentes” sheet.</translation>
    </message>
    <message>
        <source>Plusieurs charges s&apos;appellent « {label} » (début le {dates}) : indiquez son début dans la colonne Début de la charge.</source>
        <translation>Several charges are called “{label}” (starting on {dates}): give its start in the “Début de la charge” column.</translation>
    </message>
    <message>
        <source>Avenant n° {number}{where} inconnu : ajoutez-le à la feuille Avenants.</source>
        <translation>Unknown amendment no. {number}{where}: add it to the “Avenants” sheet.</translation>
    </message>
    <message>
        <source>Plusieurs enregistrements portent le nom « {text} » : renommez-les.</source>
        <translation>Several records are named “{text}”: rename them.</translation>
    </message>
    <message>
        <source>Agent inconnu : {first} {last} entré(e) le {start} (ni dans la base ni dans la feuille Personnel).</source>
        <translation>Unknown staff member: {first} {last} who started on {start} (neither in the database nor in the “Personnel” sheet).</translation>
    </message>
    <message>
        <source>{what} négatif ({value}) : 0 ou plus.</source>
        <translation>{what} is negative ({value}): 0 or more.</translation>
    </message>
    <message>
        <source>{what} négative ({value}) : 0 ou plus.</source>
        <translation>{what} is negative ({value}): 0 or more.</translation>
    </message>
    <message>
        <source>de {name}</source>
        <translation>of {name}</translation>
    </message>
    <message>
        <source>La fin</source>
        <translation>The end</translation>
    </message>
    <message>
        <source>depuis le {start}</source>
        <translation>since {start}</translation>
    </message>
    <message>
        <source>Valeur manquante : une clé surface indique son site.</source>
        <translation>Missing value: a floor area key names its site.</translation>
    </message>
    <message>
        <source>Valeur manquante : une clé relevés indique son compteur.</source>
        <translation>Missing value: a meter reading key names its meter.</translation>
    </message>
    <message>
        <source>Valeur manquante : une clé directe indique la partie qui paie.</source>
        <translation>Missing value: a direct allocation key names the party that pays.</translation>
    </message>
    <message>
        <source>Mois {month} hors de l&apos;emploi {of_person} ({span}).</source>
        <translation>Month {month} outside the employment {of_person} ({span}).</translation>
    </message>
    <message>
        <source>d&apos;{name}</source>
        <translation>of {name}</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Valeur d&apos;acquisition</source>
        <translation>Acquisition value</translation>
    </message>
    <message>
        <source>La sortie</source>
        <translation>The leaving date</translation>
    </message>
    <message>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>L&apos;ordre d&apos;un article</source>
        <translation>An article&apos;s order</translation>
    </message>
    <message>
        <source>Le numéro d&apos;un avenant</source>
        <translation>An amendment&apos;s number</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Préavis</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <source>Taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>{what} au {day} : {total} au total ({limit} au plus).</source>
        <translation>{what} on {day}: {total} in total ({limit} at most).</translation>
    </message>
    <message>
        <source>Parts de la clé « {key} »</source>
        <translation>Shares of the key “{key}”</translation>
    </message>
    <message>
        <source>Quotités {of_person}</source>
        <translation>Shares {of_person}</translation>
    </message>
    <message>
        <source>Surface commune</source>
        <translation>Common area</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>{what} ({end}) précède le début ({start}).</source>
        <translation>{what} ({end}) is before the start ({start}).</translation>
    </message>
    <message>
        <source>{what} {day} hors de l&apos;emploi {of_person} ({span}).</source>
        <translation>{what} {day} outside the employment {of_person} ({span}).</translation>
    </message>
    <message>
        <source>SIRET « {siret} » : 14 chiffres attendus.</source>
        <translation>SIRET “{siret}”: 14 digits expected.</translation>
    </message>
    <message>
        <source>{party} est le prestataire de cette convention, pas un bénéficiaire.</source>
        <translation>{party} is the provider of this agreement, not a beneficiary.</translation>
    </message>
    <message>
        <source>L&apos;ordre commence à 1.</source>
        <translation>The order starts at 1.</translation>
    </message>
    <message>
        <source>La durée d&apos;amortissement est d&apos;un an au moins.</source>
        <translation>The depreciation period is one year at least.</translation>
    </message>
    <message>
        <source>La clé « {key} » n&apos;est pas une clé à pourcentage fixe.</source>
        <translation>The key “{key}” is not a fixed percentage key.</translation>
    </message>
    <message>
        <source>Temps de travail de {fraction} : plus de 0 et {limit} au plus.</source>
        <translation>Working time of {fraction}: more than 0 and {limit} at most.</translation>
    </message>
    <message>
        <source>Quotité de {share} : entre 0 et {limit}.</source>
        <translation>Share of {share}: between 0 and {limit}.</translation>
    </message>
    <message>
        <source>Donnez le début et la fin de la période de service, ou aucun des deux.</source>
        <translation>Give both the start and the end of the service period, or neither.</translation>
    </message>
    <message>
        <source>Remplissez une seule des trois colonnes Site, Matériel ou Catégorie ({count} remplies).</source>
        <translation>Fill in only one of the three columns Site, Matériel or Catégorie ({count} filled in).</translation>
    </message>
    <message>
        <source>Remplissez une seule des trois colonnes Site, Matériel ou Catégorie ({count} remplie).</source>
        <translation>Fill in one of the three columns Site, Matériel or Catégorie ({count} filled in).</translation>
    </message>
    <message>
        <source>Une seule partie peut être « notre organisme » : c&apos;est déjà {party}.</source>
        <translation>Only one party can be “our organisation”: it is already {party}.</translation>
    </message>
    <message>
        <source>L&apos;ordre {position} est aussi celui de {party} dans cette convention.</source>
        <translation>Order {position} is also that of {party} in this agreement.</translation>
    </message>
    <message>
        <source>{what} : 1 ou plus.</source>
        <translation>{what}: 1 or more.</translation>
    </message>
    <message>
        <source>Part de {share} : entre 0 et {limit}.</source>
        <translation>Share of {share}: between 0 and {limit}.</translation>
    </message>
    <message>
        <source>Relevé en double : la période du {start} au {end} chevauche celle d&apos;un autre relevé de {party} pour ce compteur (du {other_start} au {other_end}).</source>
        <translation>Duplicate reading: the period from {start} to {end} overlaps that of another reading of {party} for this meter (from {other_start} to {other_end}).</translation>
    </message>
    <message>
        <source>La mise à disposition gratuite</source>
        <translation>The free provision</translation>
    </message>
    <message>
        <source>Prix unitaire</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>La TVA d&apos;une section</source>
        <translation>A section&apos;s VAT</translation>
    </message>
    <message>
        <source>Le taux des frais de gestion</source>
        <translation>The management fee rate</translation>
    </message>
    <message>
        <source>Le taux de revalorisation</source>
        <translation>The revaluation rate</translation>
    </message>
    <message>
        <source>La mise à disposition gratuite (lendemain de la fin)</source>
        <translation>The free provision (day after its end)</translation>
    </message>
    <message>
        <source>Le taux de TVA</source>
        <translation>The VAT rate</translation>
    </message>
    <message>
        <source>{what} : le {day} précède le début de la convention ({start}).</source>
        <translation>{what}: {day} is before the start of the agreement ({start}).</translation>
    </message>
    <message>
        <source>L&apos;avenant n° {number} est celui de la convention {other}, pas de {convention}.</source>
        <translation>Amendment no. {number} belongs to agreement {other}, not to {convention}.</translation>
    </message>
    <message>
        <source>Code d&apos;exonération EN 16931 obligatoire (VATEX-EU-F…).</source>
        <translation>EN 16931 exemption code required (VATEX-EU-F…).</translation>
    </message>
    <message>
        <source>Absence hors de l&apos;emploi {of_person} ({span}).</source>
        <translation>Absence outside the employment {of_person} ({span}).</translation>
    </message>
    <message>
        <source>Frais de gestion : choisissez au moins une section à laquelle ils s&apos;appliquent.</source>
        <translation>Management fee: choose at least one section it applies to.</translation>
    </message>
    <message>
        <source>Nouveau montant de « {charge} » : le {day} doit tomber après le début de la charge ({start}) et avant sa fin ; le montant initial se corrige dans la feuille Charges récurrentes.</source>
        <translation>New amount of “{charge}”: {day} must fall after the start of the charge ({start}) and before its end; the initial amount is corrected in the “Charges récurrentes” sheet.</translation>
    </message>
    <message>
        <source>{party} n&apos;est pas un bénéficiaire de la convention {convention}.</source>
        <translation>{party} is not a beneficiary of agreement {convention}.</translation>
    </message>
    <message>
        <source>Taux de {zero} : choisissez « exonérée » ou « hors champ ».</source>
        <translation>Rate of {zero}: choose “exonérée” (exempt) or “hors champ” (outside scope).</translation>
    </message>
    <message>
        <source>Un taux ne se donne que pour une section taxable.</source>
        <translation>A rate is only given for a taxable section.</translation>
    </message>
    <message>
        <source>Fondement légal obligatoire pour une section exonérée ou hors champ.</source>
        <translation>Legal basis required for an exempt or outside-scope section.</translation>
    </message>
    <message>
        <source>Cette absence chevauche celle du {start} au {end} {of_person}.</source>
        <translation>This absence overlaps the one from {start} to {end} {of_person}.</translation>
    </message>
    <message>
        <source>{what} chevauche celle qui commence le {day}.</source>
        <translation>{what} overlaps the one starting on {day}.</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>nom et prénom</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>date d&apos;entrée</source>
        <translation>employment start</translation>
    </message>
    <message>
        <source>mois</source>
        <translation>month</translation>
    </message>
    <message>
        <source>salaire brut</source>
        <translation>gross salary</translation>
    </message>
    <message>
        <source>charges patronales</source>
        <translation>employer charges</translation>
    </message>
    <message>
        <source>autres coûts</source>
        <translation>other costs</translation>
    </message>
    <message>
        <source>laissée de côté</source>
        <translation>left aside</translation>
    </message>
    <message>
        <source>remboursement ({kind})</source>
        <translation>reimbursement ({kind})</translation>
    </message>
    <message>
        <source>Correspondance des colonnes : {columns}.</source>
        <translation>Column mapping: {columns}.</translation>
    </message>
    <message>
        <source>Champ « {text} » inconnu : choisissez parmi {fields}.</source>
        <translation>Unknown field “{text}”: choose from {fields}.</translation>
    </message>
    <message>
        <source>Colonne(s) {missing} absente(s) du fichier ; colonnes du fichier : {columns}</source>
        <translation>Column(s) {missing} missing from the file; the file&apos;s columns: {columns}</translation>
    </message>
    <message>
        <source>Les colonnes « {first} » et « {second} » vont toutes deux dans « {field} » : précisez avec --map.</source>
        <translation>The columns “{first}” and “{second}” both go to “{field}”: choose one.</translation>
    </message>
    <message>
        <source>Colonne « {field} » introuvable ({columns}) : indiquez-la avec --map &quot;Colonne=champ&quot;.</source>
        <translation>Column “{field}” not found ({columns}): choose the column that holds it.</translation>
    </message>
    <message>
        <source>Feuille « {sheet} » absente : {names}.</source>
        <translation>No sheet “{sheet}”: {names}.</translation>
    </message>
    <message>
        <source>Colonnes laissées de côté : {columns}.</source>
        <translation>Columns left aside: {columns}.</translation>
    </message>
    <message>
        <source>Correspondance « {option} » illisible : écrivez par exemple &quot;Brut=gross_salary&quot;.</source>
        <translation>Mapping “{option}” cannot be read: write for example &quot;Brut=gross_salary&quot;.</translation>
    </message>
    <message>
        <source>Colonne du mois introuvable ({columns}) : indiquez-la avec --map &quot;Colonne=champ&quot;.</source>
        <translation>Month column not found ({columns}): choose the column that holds it.</translation>
    </message>
    <message>
        <source>Colonnes du nom et du prénom introuvables : indiquez-la avec --map &quot;Colonne=champ&quot; (last_name, first_name ou full_name).</source>
        <translation>Last and first name columns not found: choose the columns that hold them (last name and first name, or full name).</translation>
    </message>
    <message>
        <source>Champ(s) inconnu(s) : {fields}.</source>
        <translation>Unknown field(s): {fields}.</translation>
    </message>
    <message>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un classeur Excel (.xlsx) ni un fichier CSV lisible.</source>
        <translation>“{name}” is neither an Excel workbook (.xlsx) nor a readable CSV file.</translation>
    </message>
    <message>
        <source>La feuille « {sheet} » compte plus de {limit} lignes : découpez-la.</source>
        <translation>The sheet “{sheet}” has more than {limit} rows: split it.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » est vide.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » fait {size} : {limit} au plus. Découpez-le (un fichier CSV par registre, ou les factures année par année).</source>
        <translation>The file “{name}” is {size}: {limit} at most. Split it (one CSV file per register, or the bills year by year).</translation>
    </message>
    <message>
        <source>Fichier introuvable : {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>« {name} » est au format Excel 97-2003 (.xls), que l&apos;import ne lit pas : enregistrez-le au format .xlsx (Fichier &gt; Enregistrer sous).</source>
        <translation>“{name}” is in Excel 97-2003 format (.xls), which the import does not read: save it in .xlsx format (File &gt; Save As).</translation>
    </message>
    <message>
        <source>« {name} » est au format OpenDocument (.ods) : enregistrez-le au format .xlsx ou en CSV.</source>
        <translation>“{name}” is in OpenDocument format (.ods): save it in .xlsx format or as CSV.</translation>
    </message>
    <message>
        <source>« {sheet} » ({name}) a {count} colonnes : {limit} au plus.</source>
        <translation>“{sheet}” ({name}) has {count} columns: {limit} at most.</translation>
    </message>
    <message>
        <source>Le dossier « {name} » ne contient aucun fichier CSV.</source>
        <translation>The folder “{name}” contains no CSV file.</translation>
    </message>
    <message>
        <source>« {name} » est un classeur OpenDocument : enregistrez-le au format .xlsx.</source>
        <translation>“{name}” is an OpenDocument workbook: save it in .xlsx format.</translation>
    </message>
    <message>
        <source>Le classeur « {name} » est illisible ({error}).</source>
        <translation>The workbook “{name}” cannot be read ({error}).</translation>
    </message>
    <message>
        <source>« {name} » : CSV illisible ({error}).</source>
        <translation>“{name}”: unreadable CSV ({error}).</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : corrigez les lignes refusées et recommencez, ou importez seulement les lignes valides (--valid-only).</source>
        <translation>Nothing was imported: correct the refused rows and start again, or import only the valid rows.</translation>
    </message>
    <message>
        <source>Vérification seulement : rien n&apos;a été écrit. Corrigez les lignes refusées, ou importez seulement les lignes valides (--valid-only).</source>
        <translation>Check only: nothing was written. Correct the refused rows, or import only the valid rows.</translation>
    </message>
    <message>
        <source>Importé : {added} ajout(s), {updated} mise(s) à jour, {unchanged} ligne(s) inchangée(s)</source>
        <translation>Imported: {added} added, {updated} updated, {unchanged} unchanged row(s)</translation>
    </message>
    <message>
        <source>Vérification seulement : rien n&apos;a été écrit ; le fichier peut être importé.</source>
        <translation>Check only: nothing was written; the file can be imported.</translation>
    </message>
    <message>
        <source>, {rejected} ligne(s) refusée(s) laissée(s) de côté.</source>
        <translation>, {rejected} refused row(s) left aside.</translation>
    </message>
    <message>
        <source>« {text} » : choisissez parmi {words}.</source>
        <translation>“{text}”: choose from {words}.</translation>
    </message>
    <message>
        <source>Avenant « {text} » illisible : écrivez son numéro (2) ou « CAM-2024-01 n° 2 ».</source>
        <translation>Amendment “{text}” cannot be read: write its number (2) or “CAM-2024-01 n° 2”.</translation>
    </message>
    <message>
        <source>Nom de l&apos;agent manquant.</source>
        <translation>Staff member&apos;s name missing.</translation>
    </message>
    <message>
        <source>Valeur dans une colonne sans titre.</source>
        <translation>Value in a column without a title.</translation>
    </message>
    <message>
        <source>Colonne inconnue : elle ne serait pas lue. Colonnes de la feuille : {known}.</source>
        <translation>Unknown column: it would not be read. Columns of the sheet: {known}.</translation>
    </message>
    <message>
        <source>Colonne obligatoire absente.</source>
        <translation>Required column missing.</translation>
    </message>
    <message>
        <source>Valeur obligatoire manquante.</source>
        <translation>Required value missing.</translation>
    </message>
    <message>
        <source>Colonne en double.</source>
        <translation>Duplicate column.</translation>
    </message>
    <message>
        <source>Colonne sans titre : donnez-lui un titre ou videz-la.</source>
        <translation>Column without a title: give it a title or empty it.</translation>
    </message>
    <message>
        <source>« {name} » peut désigner plusieurs agents : séparez le nom et le prénom.</source>
        <translation>“{name}” may name several staff members: separate the last name and the first name.</translation>
    </message>
    <message>
        <source>« {value} »</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <source>Indiquez le nom et le prénom de l&apos;agent.</source>
        <translation>Give the staff member&apos;s last name and first name.</translation>
    </message>
    <message>
        <source>Libellé {label}, Montant {amount}</source>
        <translation>Libellé {label}, Montant {amount}</translation>
    </message>
    <message>
        <source>« avenant n° {number} »</source>
        <translation>“amendment no. {number}”</translation>
    </message>
    <message>
        <source>Même registre que « {sheet} » : un registre ne se donne qu&apos;une fois par import.</source>
        <translation>Same register as “{sheet}”: a register is given only once per import.</translation>
    </message>
    <message>
        <source>Ligne en double : même {key} que la ligne {row}.</source>
        <translation>Duplicate row: same {key} as row {row}.</translation>
    </message>
    <message>
        <source>Plusieurs enregistrements de la base ont {key} : l&apos;import ne peut pas savoir lequel modifier ; corrigez-les dans l&apos;application.</source>
        <translation>Several records of the database have {key}: the import cannot tell which one to change; correct them in the application.</translation>
    </message>
    <message>
        <source>Texte trop long : {length} caractères, {limit} au plus.</source>
        <translation>Text too long: {length} characters, {limit} at most.</translation>
    </message>
    <message>
        <source>Colonne obligatoire absente : il la faut pour ajouter un enregistrement (elle peut manquer pour une mise à jour).</source>
        <translation>Required column missing: it is needed to add a record (it may be missing for an update).</translation>
    </message>
    <message>
        <source>Indiquez le libellé de la charge.</source>
        <translation>Give the charge&apos;s label.</translation>
    </message>
    <message>
        <source>La cellule « {cell} » est hors des limites qu&apos;un import lit ({columns} colonnes, {rows} lignes) : supprimez les colonnes ou lignes inutiles du classeur, puis réessayez.</source>
        <translation>The cell “{cell}” is beyond what an import reads ({columns} columns, {rows} rows): delete the unneeded columns or rows of the workbook, then try again.</translation>
    </message>
    <message>
        <source>Une cellule du classeur contient {count} caractères, plus que les {limit} qu&apos;un tableur admet : le fichier n&apos;a pas été lu.</source>
        <translation>A cell of the workbook holds {count} characters, more than the {limit} a spreadsheet allows: the file was not read.</translation>
    </message>
    <message>
        <source>Nombre infini ou non défini dans le classeur.</source>
        <translation>Infinite or undefined number in the workbook.</translation>
    </message>
    <message>
        <source>La partie {part} du classeur se décompresse en un volume démesuré par rapport à sa taille (fichier piégé ou endommagé) : il n&apos;a pas été lu. Réenregistrez le classeur depuis votre tableur.</source>
        <translation>The part {part} of the workbook expands to a size out of all proportion to the file (a booby-trapped or damaged file): it was not read. Save the workbook again from your spreadsheet.</translation>
    </message>
    <message>
        <source>Nombre « {text} » illisible dans le classeur.</source>
        <translation>Number “{text}” cannot be read in the workbook.</translation>
    </message>
    <message>
        <source>une feuille du classeur manque</source>
        <translation>a sheet of the workbook is missing</translation>
    </message>
    <message>
        <source>Numéro de ligne « {row} » hors des limites du classeur.</source>
        <translation>Row number “{row}” beyond the bounds of the workbook.</translation>
    </message>
    <message>
        <source>Plus de {count} colonnes remplies : le classeur n&apos;a pas été lu.</source>
        <translation>More than {count} filled columns: the workbook was not read.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importer un classeur</source>
        <translation>Import a workbook</translation>
    </message>
    <message>
        <source>Classeurs et CSV (*.xlsx *.xlsm *.csv);;Tous les fichiers (*)</source>
        <translation>Workbooks and CSV (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importer « {name} »</source>
        <extracomment>The dry run is shown (its report, or why the file cannot be read). Failures shown as the file&apos;s state; any other is a bug, for the application&apos;s error dialog.</extracomment>
        <translation>Import “{name}”</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importer seulement les lignes valides</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lecture et vérification du fichier…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>Le fichier est valide : {added} ajout(s), {updated} mise(s) à jour, {unchanged} ligne(s) inchangée(s). Rien n&apos;est écrit avant « Importer ».</source>
        <translation>The file is valid: {added} addition(s), {updated} update(s), {unchanged} unchanged row(s). Nothing is written before “Import”.</translation>
    </message>
    <message>
        <source>Aucune ligne refusée.</source>
        <translation>No row refused.</translation>
    </message>
    <message>
        <source>{rejected} ligne(s) refusée(s) : corrigez le fichier et rouvrez-le, ou importez seulement les {valid} ligne(s) valide(s).</source>
        <translation>{rejected} row(s) refused: correct the file and open it again, or import only the {valid} valid row(s).</translation>
    </message>
    <message>
        <source>Lignes refusées : {count} motif(s)</source>
        <translation>Refused rows: {count} reason(s)</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Import terminé</source>
        <translation>Import complete</translation>
    </message>
</context>
<context>
    <name>ImportSummaryTableModel</name>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Ajouts</source>
        <translation>Additions</translation>
    </message>
    <message>
        <source>Mises à jour</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Inchangées</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Refusées</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>IntegerField</name>
    <message>
        <source>Nombre entier attendu (par exemple 5).</source>
        <translation>A whole number is expected (for example 5).</translation>
    </message>
    <message>
        <source>La valeur doit être au moins {0}.</source>
        <translation>The value must be at least {0}.</translation>
    </message>
    <message>
        <source>La valeur doit être au plus {0}.</source>
        <translation>The value must be at most {0}.</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>La convention {reference} n&apos;est pas en mode appels de fonds : ses états se calculent sur les dépenses réelles de chaque période.</source>
        <translation>Agreement {reference} does not bill by advance calls: its statements are computed on each period&apos;s actual expenses.</translation>
    </message>
    <message>
        <source>{period} n&apos;est pas une période de facturation de la convention ({periods}).</source>
        <translation>{period} is not a billing period of the agreement ({periods}).</translation>
    </message>
    <message>
        <source>L&apos;appel de fonds de {period} a déjà été émis (n° {number}).</source>
        <translation>The advance call for {period} has already been issued (no. {number}).</translation>
    </message>
    <message>
        <source>Le prévisionnel {year} de {name} est nul : aucun appel de fonds.</source>
        <translation>The {year} forecast for {name} is zero: no advance call.</translation>
    </message>
    <message>
        <source>La régularisation {year} a déjà été émise (n° {number}).</source>
        <translation>The {year} annual settlement has already been issued (no. {number}).</translation>
    </message>
    <message>
        <source>La régularisation {year} est déjà émise (n° {number}) : plus d&apos;appel de fonds pour cette année ; un changement se rectifie sur la régularisation.</source>
        <translation>The {year} annual settlement is already issued (no. {number}): no more advance calls for this year; a change is corrected on the settlement.</translation>
    </message>
    <message>
        <source>Le document n° {number} ({kind}) ne se compare pas à un recalcul : seuls les états de refacturation se rectifient.</source>
        <translation>Document no. {number} ({kind}) is not compared with a recomputation: only cost-sharing statements are corrected.</translation>
    </message>
    <message>
        <source>Aucun écart entre l&apos;état n° {number} (et ses rectifications) et le recalcul : rien à rectifier.</source>
        <translation>No difference between statement no. {number} (and its corrections) and the recomputation: nothing to correct.</translation>
    </message>
    <message>
        <source>{name} n&apos;est pas bénéficiaire de la convention {reference}.</source>
        <translation>{name} is not a beneficiary of agreement {reference}.</translation>
    </message>
    <message>
        <source>L&apos;état n° {number} couvre déjà tout ou partie de la période ({period}) : pour prendre en compte un changement, émettez un état rectificatif ou un avoir.</source>
        <translation>Statement no. {number} already covers all or part of the period ({period}): to take a change into account, issue a corrective statement or a credit note.</translation>
    </message>
    <message>
        <source>Rien n&apos;est dû par {name} pour {period} : aucun état à émettre.</source>
        <translation>Nothing is owed by {name} for {period}: no statement to issue.</translation>
    </message>
    <message>
        <source>Aucun état émis ne porte le numéro « {number} ».</source>
        <translation>No issued statement has the number “{number}”.</translation>
    </message>
    <message>
        <source>L&apos;état n° {number} est un avoir : il n&apos;appelle pas de paiement.</source>
        <translation>Statement no. {number} is a credit note: it calls for no payment.</translation>
    </message>
    <message>
        <source>Ce paiement dépasse le reste dû de l&apos;état n° {number} ({outstanding} restent dus).</source>
        <translation>This payment exceeds what remains due on statement no. {number} ({outstanding} still due).</translation>
    </message>
    <message>
        <source>n° {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <source>{year} est facturée à {name} par appels de fonds ({numbers}) : la régularisation annuelle tient lieu d&apos;états pour cette année, un état de la période la facturerait une seconde fois.</source>
        <translation>{year} is billed to {name} by advance calls ({numbers}): the annual settlement stands in for statements this year; a statement for the period would bill it a second time.</translation>
    </message>
    <message>
        <source>La convention {reference} facture par appels de fonds : pour {year}, émettez les appels de fonds puis la régularisation annuelle, pas des états par période.</source>
        <translation>Agreement {reference} bills by advance calls: for {year}, issue the advance calls then the annual settlement, not statements per period.</translation>
    </message>
    <message>
        <source>{year} est déjà facturée à {name} par période ({numbers}) : pas d&apos;appel de fonds ni de régularisation pour cette année, qui facturerait une seconde fois ; un écart se rectifie état par état (état rectificatif ou avoir).</source>
        <translation>{year} is already billed to {name} per period ({numbers}): no advance call or annual settlement for this year, which would bill it a second time; a difference is corrected statement by statement (corrective statement or credit note).</translation>
    </message>
</context>
<context>
    <name>IssuedPanel</name>
    <message>
        <source>Documents émis</source>
        <extracomment>The user asked to see a document&apos;s PDF. The user asked to record a payment against a document. The user asked to correct the drift of a document&apos;s period. The user asked to prepare a document&apos;s deposit on Chorus Pro.</extracomment>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>Aucun état de refacturation n&apos;a encore été émis.</source>
        <translation>No cost-sharing statement has been issued yet.</translation>
    </message>
    <message>
        <source>Filtrer par numéro, bénéficiaire, période, statut…</source>
        <translation>Filter by number, beneficiary, period, status…</translation>
    </message>
    <message>
        <source>Voir le PDF</source>
        <translation>View the PDF</translation>
    </message>
    <message>
        <source>Enregistrer un paiement…</source>
        <translation>Record a payment…</translation>
    </message>
    <message>
        <source>Rectifier…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Exporter pour Chorus Pro…</source>
        <translation>Export for Chorus Pro…</translation>
    </message>
    <message>
        <source>Écrire le PDF émis dans un dossier, avec la liste de ce que Chorus Pro demandera</source>
        <translation>Write the issued PDF to a folder, with the list of what Chorus Pro will ask for</translation>
    </message>
    <message>
        <source>Ce document est soldé ou n&apos;appelle pas de paiement.</source>
        <translation>This document is settled or calls for no payment.</translation>
    </message>
    <message>
        <source>Aucun écart entre ce document et le recalcul de sa période.</source>
        <translation>No difference between this document and the recomputation of its period.</translation>
    </message>
</context>
<context>
    <name>IssuedTableModel</name>
    <message>
        <source>Payé</source>
        <extracomment>Payment statuses in French (payments.STATUS_LABELS, for Qt&apos;s translation chain).</extracomment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Payé en partie</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>À payer</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Avoir</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>vérification…</source>
        <extracomment>Drift states: not computed yet, none, changed, or the period cannot be recomputed.</extracomment>
        <translation>checking…</translation>
    </message>
    <message>
        <source>Écart {amount}</source>
        <translation>Difference {amount}</translation>
    </message>
    <message>
        <source>Recalcul incomplet</source>
        <translation>Recomputation incomplete</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Émis le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Les données de la période ont changé depuis l&apos;émission ({count} ligne(s)) : « Rectifier… » montre l&apos;écart et émet l&apos;état rectificatif ou l&apos;avoir.</source>
        <translation>The data of the period have changed since issue ({count} line(s)): “Correct…” shows the difference and issues the corrective statement or the credit note.</translation>
    </message>
    <message>
        <source>Reste dû : {amount}</source>
        <translation>Outstanding: {amount}</translation>
    </message>
    <message>
        <source>Corrige l&apos;état n° {number}</source>
        <translation>Corrects statement no. {number}</translation>
    </message>
</context>
<context>
    <name>Key</name>
    <message>
        <source>Surface</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Effectifs</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>clé non définie (voir les problèmes)</source>
        <translation>key not defined (see the problems)</translation>
    </message>
    <message>
        <source>Quotité {percent}</source>
        <translation>Share {percent}</translation>
    </message>
    <message>
        <source>Clé fixe « {name} » {percent}</source>
        <translation>Fixed key “{name}” {percent}</translation>
    </message>
    <message>
        <source>Affectation directe {percent}</source>
        <translation>Direct assignment {percent}</translation>
    </message>
</context>
<context>
    <name>KeyDatesBox</name>
    <message>
        <source>Dates clés</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>End of term</translation>
    </message>
    <message>
        <source>Dénonciation</source>
        <translation>Notice deadline</translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>aucune (durée indéterminée)</source>
        <translation>none (open-ended term)</translation>
    </message>
    <message>
        <source>sans objet</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>au plus tard le {when}</source>
        <translation>no later than {when}</translation>
    </message>
    <message>
        <source>tacite, le {date}</source>
        <translation>automatic, on {date}</translation>
    </message>
    <message>
        <source> (déjà reconduite {count} fois)</source>
        <translation> (already renewed {count} times)</translation>
    </message>
    <message>
        <source>aucune : fin à l&apos;échéance</source>
        <translation>none: ends at the end of term</translation>
    </message>
    <message>
        <source>La convention est échue.</source>
        <translation>The agreement has expired.</translation>
    </message>
    <message>
        <source>La convention arrive à échéance : préparez son renouvellement.</source>
        <translation>The agreement is coming to an end: prepare its renewal.</translation>
    </message>
    <message>
        <source>Le délai de dénonciation est passé pour cette échéance.</source>
        <translation>The notice deadline has passed for this end of term.</translation>
    </message>
    <message>
        <source>Dernier délai pour dénoncer la convention dans {days} jour(s).</source>
        <translation>Last day to give notice of termination in {days} day(s).</translation>
    </message>
    <message>
        <source>{date} (dans {days} jours)</source>
        <translation>{date} (in {days} days)</translation>
    </message>
    <message>
        <source>{date} (demain)</source>
        <translation>{date} (tomorrow)</translation>
    </message>
    <message>
        <source>{date} (aujourd&apos;hui)</source>
        <translation>{date} (today)</translation>
    </message>
    <message>
        <source>{date} (il y a {days} jours)</source>
        <translation>{date} ({days} days ago)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Un pourcentage par bénéficiaire ; le prestataire garde le reste.</source>
        <translation>A percentage per beneficiary; the provider keeps the rest.</translation>
    </message>
    <message>
        <source>Au prorata des surfaces exclusives de chaque partie sur le site.</source>
        <translation>In proportion to each party’s exclusive floor area on the site.</translation>
    </message>
    <message>
        <source>Au prorata des équivalents temps plein : personnel mis à disposition et effectifs propres.</source>
        <translation>In proportion to full-time equivalents: staff made available and own headcount.</translation>
    </message>
    <message>
        <source>Au prorata des relevés du compteur sur chaque période.</source>
        <translation>In proportion to the meter readings over each period.</translation>
    </message>
    <message>
        <source>Tout le coût à une seule partie.</source>
        <translation>The whole cost to a single party.</translation>
    </message>
    <message>
        <source>Nouvelle clé de répartition</source>
        <extracomment>The field each kind needs, besides the name: what the kind points to. What each kind does, in a line under the kind (kept with the kinds&apos; names in labels.py).</extracomment>
        <translation>New allocation key</translation>
    </message>
    <message>
        <source>Modifier la clé</source>
        <translation>Edit key</translation>
    </message>
    <message>
        <source>Nom de la clé</source>
        <translation>Key name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Nouveau compteur…</source>
        <translation>New meter…</translation>
    </message>
    <message>
        <source>Compteur</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Pourcentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Pourcentage de chaque bénéficiaire, daté (le prestataire garde le reste)</source>
        <translation>Percentage of each beneficiary, dated (the provider keeps the rest)</translation>
    </message>
    <message>
        <source>Indiquez le pourcentage d&apos;au moins un bénéficiaire, puis « Ajouter cette valeur ».</source>
        <translation>Enter the percentage of at least one beneficiary, then “Add this value”.</translation>
    </message>
    <message>
        <source>Pourcentages</source>
        <translation>Percentages</translation>
    </message>
    <message>
        <source>le prestataire garde le reste</source>
        <translation>the provider keeps the rest</translation>
    </message>
</context>
<context>
    <name>KeysAtDateModel</name>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Répartition</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Clés et relevés</source>
        <translation>Keys and readings</translation>
    </message>
    <message>
        <source>Clés de répartition, clé de chaque catégorie de dépenses, effectifs des parties hors registre du personnel et relevés de compteurs par période.</source>
        <translation>Allocation keys, the key of each expense category, the parties’ headcount outside the staff register, and meter readings by period.</translation>
    </message>
    <message>
        <source>Filtrer les clés…</source>
        <translation>Filter keys…</translation>
    </message>
    <message>
        <source>Aucune clé de répartition n&apos;est enregistrée.</source>
        <translation>No allocation key is recorded.</translation>
    </message>
    <message>
        <source>Filtrer les catégories…</source>
        <translation>Filter categories…</translation>
    </message>
    <message>
        <source>Aucune catégorie de dépenses n&apos;est enregistrée.</source>
        <translation>No expense category is recorded.</translation>
    </message>
    <message>
        <source>Filtrer les effectifs…</source>
        <translation>Filter headcounts…</translation>
    </message>
    <message>
        <source>Aucun effectif propre n&apos;est enregistré.</source>
        <translation>No own headcount is recorded.</translation>
    </message>
    <message>
        <source>Filtrer par compteur, partie, période…</source>
        <translation>Filter by meter, party, period…</translation>
    </message>
    <message>
        <source>Aucun relevé de compteur n&apos;est enregistré. « Saisir les relevés… » pour commencer.</source>
        <translation>No meter reading is recorded. “Enter readings…” to start.</translation>
    </message>
    <message>
        <source>Nouvelle clé…</source>
        <translation>New key…</translation>
    </message>
    <message>
        <source>Nouvelle catégorie…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>Effectifs d&apos;une partie…</source>
        <translation>Headcount of a party…</translation>
    </message>
    <message>
        <source>Saisir les relevés…</source>
        <translation>Enter readings…</translation>
    </message>
    <message>
        <source>Ouvrir la grille…</source>
        <translation>Open the grid…</translation>
    </message>
    <message>
        <source>Modifier le compteur…</source>
        <translation>Edit meter…</translation>
    </message>
    <message>
        <source>Prévisions…</source>
        <translation>Forecasts…</translation>
    </message>
    <message>
        <source>Utilisation prévue de chaque compteur pour une année, pour le prévisionnel et les appels de fonds</source>
        <translation>Planned use of each meter for a year, for the forecast and the advance calls</translation>
    </message>
    <message>
        <source>Clés de répartition</source>
        <translation>Allocation keys</translation>
    </message>
    <message>
        <source>Catégories de dépenses</source>
        <translation>Expense categories</translation>
    </message>
    <message>
        <source>Effectifs propres</source>
        <translation>Own headcount</translation>
    </message>
    <message>
        <source>Relevés de compteurs</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>Supprimer la clé « {name} » ?</source>
        <translation>Delete the key “{name}”?</translation>
    </message>
    <message>
        <source>Supprimer la catégorie « {name} » et l&apos;historique de sa clé ?</source>
        <translation>Delete the category “{name}” and the history of its key?</translation>
    </message>
    <message>
        <source>Supprimer l&apos;effectif de {party} à partir du {day} ?</source>
        <translation>Delete the headcount of {party} from {day}?</translation>
    </message>
    <message>
        <source>Supprimer le relevé {meter} de {party} du {start} au {end} ?</source>
        <translation>Delete the {meter} reading of {party} from {start} to {end}?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tableau de bord</source>
        <extracomment>Navigation order (DESIGN.md §6): page key, its class (module of ui.pages, class name) and its title in the navigation (the page&apos;s own, or a shorter one that fits). A page&apos;s module is imported and the page built when first shown: the window appears without loading the nine pages, their dialogs and their libraries.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Locaux</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Dépenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Clés et relevés</source>
        <translation>Keys and readings</translation>
    </message>
    <message>
        <source>États</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Mutualisation</source>
        <extracomment>The side navigation&apos;s width at least, in pixels (wider when a title needs it). After the window first shows, the wait before the other pages are built in the background.</extracomment>
        <translation>Mutualisation</translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <extracomment>When the user last opened a page (time.monotonic()); None before any.</extracomment>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Données de démonstration</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <source>Données de démonstration chargées.</source>
        <translation>Demonstration data loaded.</translation>
    </message>
</context>
<context>
    <name>MeterDialog</name>
    <message>
        <source>Nouveau compteur</source>
        <translation>New meter</translation>
    </message>
    <message>
        <source>Modifier le compteur</source>
        <translation>Edit meter</translation>
    </message>
    <message>
        <source>Kilométrage véhicule</source>
        <translation>Vehicle mileage</translation>
    </message>
    <message>
        <source>km, copies, heures…</source>
        <translation>km, copies, hours…</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Matériel compté</source>
        <translation>Equipment metered</translation>
    </message>
    <message>
        <source>Prix par unité (€)</source>
        <translation>Price per unit (€)</translation>
    </message>
    <message>
        <source>Prix unitaire (facultatif : unités × prix)</source>
        <translation>Unit price (optional: units × price)</translation>
    </message>
</context>
<context>
    <name>MeterReadingTableModel</name>
    <message>
        <source>Compteur</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Le montant ne peut pas être négatif.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>décembre</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;Tous les fichiers (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)</translation>
    </message>
    <message>
        <source>Votre organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Nouvelle partie</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Association loi 1901</source>
        <translation>Association loi 1901</translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>Président</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Choisir une image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>La partie enregistrée qui est votre organisation, ou une nouvelle</source>
        <translation>The recorded party that is your organisation, or a new one</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Qualité du signataire</source>
        <translation>Signatory’s title</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Aucun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choisir le logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être lu : {0}</source>
        <translation>The file could not be read: {0}</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une image lisible : choisissez un PNG ou un JPEG.</source>
        <translation>This file is not a readable image: choose a PNG or a JPEG.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Confirmer la suppression</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nombre entier</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>un nombre entier, par exemple 12</source>
        <translation>a whole number, for example 12</translation>
    </message>
    <message>
        <source>« {value} » : répondez oui ou non.</source>
        <translation>“{value}”: answer yes or no.</translation>
    </message>
    <message>
        <source>Date « {value} » illisible : écrivez 15/02/2025 ou 2025-02-15.</source>
        <translation>Date “{value}” cannot be read: write 15/02/2025 or 2025-02-15.</translation>
    </message>
    <message>
        <source>Montant « {text} » illisible : écrivez par exemple 1 234,56.</source>
        <translation>Amount “{text}” cannot be read: write for example 1 234,56.</translation>
    </message>
    <message>
        <source>Montant « {text} » hors limites.</source>
        <translation>Amount “{text}” out of range.</translation>
    </message>
    <message>
        <source>Montant « {text} » : {places} décimales au plus.</source>
        <translation>Amount “{text}”: {places} decimals at most.</translation>
    </message>
    <message>
        <source>{what} « {text} » hors limites.</source>
        <translation>{what} “{text}” out of range.</translation>
    </message>
    <message>
        <source>{what} « {text} » : {places} décimales au plus.</source>
        <translation>{what} “{text}”: {places} decimals at most.</translation>
    </message>
    <message>
        <source>par exemple 1 234,5</source>
        <translation>for example 1 234,5</translation>
    </message>
    <message>
        <source>Pourcentage « {value} » hors limites.</source>
        <translation>Percentage “{value}” out of range.</translation>
    </message>
    <message>
        <source>Pourcentage « {value} » trop précis : {places} décimales au plus en %.</source>
        <translation>Percentage “{value}” too precise: {places} decimals at most in %.</translation>
    </message>
    <message>
        <source>{what} « {value} » hors limites.</source>
        <translation>{what} “{value}” out of range.</translation>
    </message>
    <message>
        <source>{what} « {value} » : un nombre entier est attendu.</source>
        <translation>{what} “{value}”: a whole number is expected.</translation>
    </message>
    <message>
        <source>Date « {value} » : année {year} hors de la plage {first}–{last}.</source>
        <translation>Date “{value}”: year {year} outside the range {first}–{last}.</translation>
    </message>
    <message>
        <source>Date « {value} » : une date sans heure est attendue.</source>
        <translation>Date “{value}”: a date without a time is expected.</translation>
    </message>
    <message>
        <source>Montant « {text} » illisible.</source>
        <translation>Amount “{text}” cannot be read.</translation>
    </message>
    <message>
        <source>Nombre invalide (infini ou non défini).</source>
        <translation>Invalid number (infinite or undefined).</translation>
    </message>
    <message>
        <source>{what} « {value} » illisible : écrivez {example}.</source>
        <translation>{what} “{value}” cannot be read: write {example}.</translation>
    </message>
    <message>
        <source>Pourcentage « {value} » illisible : écrivez par exemple 40 % ou 0,4.</source>
        <translation>Percentage “{value}” cannot be read: write for example 40 % or 0,4.</translation>
    </message>
    <message>
        <source>Date « {value} » : ce jour n&apos;existe pas.</source>
        <translation>Date “{value}”: this day does not exist.</translation>
    </message>
    <message>
        <source>Date « {value} » : écrivez l&apos;année sur quatre chiffres (15/02/2025).</source>
        <translation>Date “{value}”: write the year with four digits (15/02/2025).</translation>
    </message>
    <message>
        <source>Mois « {value} » : la période couvre plusieurs mois.</source>
        <translation>Month “{value}”: the period spans several months.</translation>
    </message>
    <message>
        <source>Mois « {value} » illisible : écrivez 03/2025, 2025-03 ou mars 2025.</source>
        <translation>Month “{value}” cannot be read: write 03/2025, 2025-03 or March 2025.</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Numéro d&apos;avenant</source>
        <translation>Amendment number</translation>
    </message>
</context>
<context>
    <name>PartiesDialog</name>
    <message>
        <source>Parties</source>
        <extracomment>Parties were added, changed or deleted.</extracomment>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Les organisations liées par les conventions : le prestataire, les bénéficiaires et les autres. Leur rôle se fixe dans la convention ; votre organisation se règle avec « Modifier l&apos;organisation… ».</source>
        <translation>The organisations bound by the agreements: the provider, the beneficiaries and the others. Their role is set in the agreement; your organisation is set with “Edit organisation…”.</translation>
    </message>
    <message>
        <source>Filtrer les parties…</source>
        <translation>Filter parties…</translation>
    </message>
    <message>
        <source>Aucune partie n&apos;est enregistrée.</source>
        <translation>No party is recorded.</translation>
    </message>
    <message>
        <source>Nouvelle partie…</source>
        <translation>New party…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Supprimer la partie {code} — {name} ?</source>
        <translation>Delete the party {code} — {name}?</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Nouvelle partie</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Modifier la partie</source>
        <translation>Edit party</translation>
    </message>
    <message>
        <source>Syndicat mixte, association loi 1901…</source>
        <translation>Syndicat mixte, association loi 1901…</translation>
    </message>
    <message>
        <source>Entité publique : ses factures sont déposées sur Chorus Pro</source>
        <translation>Public body: its invoices are filed on Chorus Pro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Court et unique : il désigne la partie partout</source>
        <translation>Short and unique: it designates the party everywhere</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Chorus Pro</source>
        <translation>Chorus Pro</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Chorus Pro</source>
        <translation>Chorus Pro</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source> · votre organisation</source>
        <translation> · your organisation</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Paiement de l&apos;état n° {number}</source>
        <extracomment>The payment was recorded: the statement&apos;s number.</extracomment>
        <translation>Payment of statement no. {number}</translation>
    </message>
    <message>
        <source>{kind} n° {number} — {beneficiary}, {period}
Total {total}, déjà payé {paid}, reste dû {outstanding}.</source>
        <translation>{kind} no. {number} — {beneficiary}, {period}
Total {total}, already paid {paid}, outstanding {outstanding}.</translation>
    </message>
    <message>
        <source>n° de mandat, de virement…</source>
        <translation>payment order no., transfer no.…</translation>
    </message>
    <message>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Enregistrer le paiement</source>
        <translation>Record the payment</translation>
    </message>
    <message>
        <source>Le montant d&apos;un paiement doit être positif.</source>
        <translation>The amount of a payment must be positive.</translation>
    </message>
    <message>
        <source>Ce montant dépasse le reste dû ({amount}).</source>
        <translation>This amount exceeds the outstanding balance ({amount}).</translation>
    </message>
    <message>
        <source>Le paiement ne peut pas précéder l&apos;émission de l&apos;état ({date}).</source>
        <translation>The payment cannot be before the statement was issued ({date}).</translation>
    </message>
</context>
<context>
    <name>PayrollGridDialog</name>
    <message>
        <source>Saisie de la paie</source>
        <extracomment>Payroll amounts were recorded.</extracomment>
        <translation>Payroll entry</translation>
    </message>
    <message>
        <source>Montants en euros (1 234,56). Entrée descend, Tab passe à droite, Suppr efface ; Ctrl+V colle un bloc copié d&apos;un tableur. Les cases grisées sont des mois sans emploi. Chaque saisie est enregistrée aussitôt.</source>
        <translation>Amounts in euros (1 234,56). Enter moves down, Tab moves right, Del clears; Ctrl+V pastes a block copied from a spreadsheet. Greyed cells are months without employment. Each entry is saved at once.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Montant saisi</source>
        <translation>Amount entered</translation>
    </message>
</context>
<context>
    <name>PayrollGridModel</name>
    <message>
        <source>Salaire brut</source>
        <extracomment>What the grid shows: one of the three parts of a month&apos;s cost, or their total (read only).</extracomment>
        <translation>Gross salary</translation>
    </message>
    <message>
        <source>Charges patronales</source>
        <translation>Employer contributions</translation>
    </message>
    <message>
        <source>Autres éléments</source>
        <translation>Other items</translation>
    </message>
    <message>
        <source>Coût total (lecture seule)</source>
        <translation>Total cost (read only)</translation>
    </message>
    <message>
        <source>Pas employé(e) ce mois-ci</source>
        <translation>Not employed this month</translation>
    </message>
</context>
<context>
    <name>PayrollImportDialog</name>
    <message>
        <source>Nom</source>
        <extracomment>What a column may be, in the order of the choices (the fields of payroll.TARGETS).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Début d&apos;emploi</source>
        <translation>Employment start</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Salaire brut</source>
        <translation>Gross salary</translation>
    </message>
    <message>
        <source>Charges patronales</source>
        <translation>Employer contributions</translation>
    </message>
    <message>
        <source>Autres coûts</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <source>Remboursement : IJSS</source>
        <translation>Reimbursement: sickness benefit (IJSS)</translation>
    </message>
    <message>
        <source>Remboursement : subrogation</source>
        <translation>Reimbursement: subrogation</translation>
    </message>
    <message>
        <source>Remboursement : aide</source>
        <translation>Reimbursement: aid</translation>
    </message>
    <message>
        <source>Remboursement : autre</source>
        <translation>Reimbursement: other</translation>
    </message>
    <message>
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Nom et Prénom (ou Nom complet)</source>
        <translation>Last name and first name (or full name)</translation>
    </message>
    <message>
        <source>Importer l&apos;export de paie « {name} »</source>
        <translation>Import the payroll export “{name}”</translation>
    </message>
    <message>
        <source>Colonnes du fichier</source>
        <extracomment>The choice of field of each column, by column title.</extracomment>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Indiquez ce que contient chaque colonne : l&apos;aperçu se met à jour à chaque choix. La correspondance est retenue pour les prochains imports.</source>
        <translation>Say what each column holds: the preview is updated at each choice. The mapping is remembered for the next imports.</translation>
    </message>
    <message>
        <source>Feuille :</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Indiquez la colonne qui contient : {fields}.</source>
        <translation>Choose the column that holds: {fields}.</translation>
    </message>
    <message>
        <source>Indiquez les colonnes qui contiennent : {fields}.</source>
        <translation>Choose the columns that hold: {fields}.</translation>
    </message>
    <message>
        <source>Une seule colonne peut aller dans « {field} » : {columns}.</source>
        <translation>Only one column can go to “{field}”: {columns}.</translation>
    </message>
</context>
<context>
    <name>PayrollTableModel</name>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Salaire brut</source>
        <translation>Gross salary</translation>
    </message>
    <message>
        <source>Charges patronales</source>
        <translation>Employer contributions</translation>
    </message>
    <message>
        <source>Autres éléments</source>
        <translation>Other items</translation>
    </message>
    <message>
        <source>Autres éléments de paie effectivement versés</source>
        <translation>Other payroll items actually paid</translation>
    </message>
    <message>
        <source>Coût total</source>
        <translation>Total cost</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <source>Imprimer…</source>
        <extracomment>Where the last PDF was saved, to offer the same folder next time. Pages are drawn on the printer at most at this resolution: a 1200 dpi A4 page would be a 500 MB image, and 300 dpi is already what a laser printer shows. The document was sent to the printer. The document was written to this file.</extracomment>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>Imprimer {name}</source>
        <translation>Print {name}</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;a pas pu être écrit : {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>PercentField</name>
    <message>
        <source>La valeur doit être supérieure à 0 %.</source>
        <translation>The value must be greater than 0 %.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>année {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>Période « {text} » illisible : écrivez par exemple 2025-T1 (trimestre), 2025-S1 (semestre), 2025-03 (mois) ou 2025 (année).</source>
        <translation>Period “{text}” cannot be read: write for example 2025Q1 (quarter), 2025H1 (half-year), 2025-03 (month) or 2025 (year).</translation>
    </message>
    <message>
        <source>Date « {text} » illisible : écrivez 15/02/2025 ou 2025-02-15.</source>
        <translation>Date “{text}” cannot be read: write 15/02/2025 or 2025-02-15.</translation>
    </message>
    <message>
        <source>{year}-T{n}</source>
        <translation>{year}Q{n}</translation>
    </message>
    <message>
        <source>{year}-S{n}</source>
        <translation>{year}H{n}</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>{n}e trimestre {year}</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <source>2e semestre {year}</source>
        <translation>H2 {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>La période se termine ({end}) avant de commencer ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Le jour de coupure doit tomber à l&apos;intérieur de la période.</source>
        <translation>The cut-off day must fall inside the period.</translation>
    </message>
    <message>
        <source>1er trimestre {year}</source>
        <translation>Q1 {year}</translation>
    </message>
    <message>
        <source>1er semestre {year}</source>
        <translation>H1 {year}</translation>
    </message>
    <message>
        <source>Date « {text} » : ce jour n&apos;existe pas.</source>
        <translation>Date “{text}”: this day does not exist.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Trimestre</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Semestre</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Découpage : trimestres, mois, semestres ou années</source>
        <extracomment>The period shown changed.</extracomment>
        <translation>Periods: quarters, months, half-years or years</translation>
    </message>
    <message>
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Période suivante</source>
        <translation>Next period</translation>
    </message>
</context>
<context>
    <name>PeriodsChart</name>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>{section} — {period} : {amount}</source>
        <translation>{section} — {period}: {amount}</translation>
    </message>
</context>
<context>
    <name>PlannedUseDialog</name>
    <message>
        <source>Prévisions — utilisation prévue des compteurs</source>
        <extracomment>Planned quantities were recorded.</extracomment>
        <translation>Forecasts — planned use of the meters</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quantité que chaque partie prévoit d&apos;utiliser sur l&apos;année (5 600 km, 15 500 copies…), pour le prévisionnel et les appels de fonds. Entrée descend, Tab passe à droite, Suppr efface ; Ctrl+V colle un bloc copié d&apos;un tableur. Chaque saisie est enregistrée aussitôt.</source>
        <translation>Quantity each party plans to use over the year (5,600 km, 15,500 copies…), for the forecast and the advance calls. Enter moves down, Tab moves right, Delete clears; Ctrl+V pastes a block copied from a spreadsheet. Each entry is saved at once.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aucun compteur : créez-en un (Clés et relevés).</source>
        <translation>No meter: create one (Keys and readings).</translation>
    </message>
</context>
<context>
    <name>PlannedUseGridModel</name>
    <message>
        <source>Quantité « {0} » illisible : écrivez par exemple 5 600 ou 2,5.</source>
        <translation>Unreadable quantity “{0}”: write for example 5 600 or 2,5.</translation>
    </message>
    <message>
        <source>Une quantité ne peut pas être négative.</source>
        <translation>A quantity cannot be negative.</translation>
    </message>
</context>
<context>
    <name>PremisesPage</name>
    <message>
        <source>Locaux</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Sites partagés et surface exclusive de chaque partie ; les charges d&apos;un site sont réparties au prorata de ces surfaces.</source>
        <translation>Shared sites and the exclusive floor area of each party; a site’s costs are split in proportion to these areas.</translation>
    </message>
    <message>
        <source>Filtrer les sites…</source>
        <translation>Filter sites…</translation>
    </message>
    <message>
        <source>Aucun site n&apos;est enregistré. « Nouveau site… » pour commencer.</source>
        <translation>No site is recorded. “New site…” to start.</translation>
    </message>
    <message>
        <source>Filtrer les surfaces…</source>
        <translation>Filter floor areas…</translation>
    </message>
    <message>
        <source>Aucune surface n&apos;est enregistrée.</source>
        <translation>No floor area is recorded.</translation>
    </message>
    <message>
        <source>Nouveau site…</source>
        <translation>New site…</translation>
    </message>
    <message>
        <source>Modifier dans le site…</source>
        <translation>Edit in the site…</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Surfaces exclusives par partie, datées</source>
        <translation>Exclusive floor areas by party, dated</translation>
    </message>
    <message>
        <source>Supprimer le site « {name} » et ses surfaces ?</source>
        <translation>Delete the site “{name}” and its floor areas?</translation>
    </message>
    <message>
        <source>Supprimer la surface de {party} sur le site « {site} » à partir du {day} ?</source>
        <translation>Delete the floor area of {party} on the site “{site}” from {day}?</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Filtrer les lignes…</source>
        <extracomment>The user asked for a line&apos;s full explanation (double click, Enter). The user asked to correct the record behind a problem.</extracomment>
        <translation>Filter lines…</translation>
    </message>
    <message>
        <source>Aucune ligne pour ce bénéficiaire sur cette période.</source>
        <translation>No lines for this beneficiary over this period.</translation>
    </message>
    <message>
        <source>Total : {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <source>Détail du calcul</source>
        <translation>Calculation details</translation>
    </message>
    <message>
        <source>Cliquez sur une ligne pour voir comment son montant est calculé.</source>
        <translation>Click a line to see how its amount is calculated.</translation>
    </message>
    <message>
        <source>Ouvrir le détail…</source>
        <translation>Open the details…</translation>
    </message>
    <message>
        <source>Filtrer les problèmes…</source>
        <translation>Filter problems…</translation>
    </message>
    <message>
        <source>Corriger…</source>
        <translation>Fix…</translation>
    </message>
    <message>
        <source>Ouvrir la page où saisir la donnée manquante</source>
        <translation>Open the page where the missing data is entered</translation>
    </message>
    <message>
        <source>Total HT : {amount}</source>
        <translation>Total excl. VAT: {amount}</translation>
    </message>
    <message>
        <source>TVA à {rate} sur {basis} : {amount}</source>
        <translation>VAT at {rate} on {basis}: {amount}</translation>
    </message>
    <message>
        <source>Total TTC : {amount}</source>
        <translation>Total incl. VAT: {amount}</translation>
    </message>
    <message>
        <source>1 point à régler avant d&apos;émettre</source>
        <translation>1 point to settle before issuing</translation>
    </message>
    <message>
        <source>{count} points à régler avant d&apos;émettre</source>
        <translation>{count} points to settle before issuing</translation>
    </message>
    <message>
        <source>{label} : {amount}</source>
        <translation>{label}: {amount}</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Coût total de la ligne sur la période, toutes parties</source>
        <translation>Total cost of the line over the period, all parties</translation>
    </message>
    <message>
        <source>Clé de répartition</source>
        <translation>Allocation key</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Double-cliquez pour voir le détail du calcul.</source>
        <translation>Double-click to see the calculation details.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Aucune clé de répartition n&apos;est en vigueur le {day} pour le matériel « {name} » : choisissez sa clé à partir de cette date.</source>
        <translation>No allocation key is in force on {day} for the equipment “{name}”: choose its key from that date.</translation>
    </message>
    <message>
        <source>Aucune clé de répartition n&apos;est en vigueur le {day} pour la catégorie de dépense « {name} » : choisissez sa clé à partir de cette date.</source>
        <translation>No allocation key is in force on {day} for the expense category “{name}”: choose its key from that date.</translation>
    </message>
    <message>
        <source>Paie manquante pour {name} en {month} : saisissez son coût salarial (salaire brut, charges patronales) de ce mois.</source>
        <translation>Payroll missing for {name} in {month}: enter their payroll cost (gross salary, employer charges) for that month.</translation>
    </message>
    <message>
        <source>Utilisation prévue {year} manquante pour le compteur « {meter} » : saisissez la quantité prévue ({unit}) de chaque partie pour {year} (page Clés et relevés, bouton « Prévisions… », ou import, feuille « Utilisation prévue »).</source>
        <translation>Planned use for {year} missing for the meter “{meter}”: enter each party&apos;s planned quantity ({unit}) for {year} (Keys and readings page, “Forecasts…” button, or import, sheet “Utilisation prévue”).</translation>
    </message>
    <message>
        <source>Coût prévisionnel {year} manquant pour {name} : saisissez son coût annuel prévu.</source>
        <translation>Planned cost for {year} missing for {name}: enter their planned annual cost.</translation>
    </message>
    <message>
        <source>la clé « {name} »</source>
        <translation>the key “{name}”</translation>
    </message>
    <message>
        <source>Les quotités de {what} dépassent 100 % ({total}) à partir du {day} : corrigez-les pour que leur somme ne dépasse pas 100 %.</source>
        <translation>The shares of {what} exceed 100 % ({total}) from {day}: correct them so that their sum does not exceed 100 %.</translation>
    </message>
    <message>
        <source>La clé « {key} » affecte tout à une partie qui n&apos;est pas dans la convention : choisissez une partie de la convention.</source>
        <translation>The key “{key}” assigns everything to a party that is not in the agreement: choose a party of the agreement.</translation>
    </message>
    <message>
        <source>Aucune surface exclusive n&apos;est saisie pour le site « {site} » au {day} : saisissez la surface de chaque partie.</source>
        <translation>No exclusive floor area is entered for the site “{site}” on {day}: enter each party&apos;s area.</translation>
    </message>
    <message>
        <source>Aucun effectif (ETP) au {day} pour la clé « {key} » : saisissez le temps de travail du personnel ou l&apos;effectif propre des parties.</source>
        <translation>No headcount (FTE) on {day} for the key “{key}”: enter the staff&apos;s working time or the parties&apos; own headcount.</translation>
    </message>
    <message>
        <source>Les relevés du compteur « {meter} » du {start} au {end} sont tous nuls : saisissez les quantités de chaque partie.</source>
        <translation>The readings of the meter “{meter}” from {start} to {end} are all zero: enter each party&apos;s quantities.</translation>
    </message>
    <message>
        <source>Relevés manquants pour le compteur « {meter} » sur la période contenant le {day} : saisissez les relevés ({unit}) de chaque partie pour cette période.</source>
        <translation>Readings missing for the meter “{meter}” for the period containing {day}: enter each party&apos;s readings ({unit}) for that period.</translation>
    </message>
    <message>
        <source>Relevés manquants pour le compteur « {meter} », facturé au prix unitaire, du {start} au {end} : saisissez les relevés ({unit}) de chaque partie.</source>
        <translation>Readings missing for the meter “{meter}”, billed at a unit price, from {start} to {end}: enter each party&apos;s readings ({unit}).</translation>
    </message>
    <message>
        <source>Aucun traitement de TVA n&apos;est défini pour la section « {section} » au {day}, alors que la convention en fixe par section : indiquez si elle est hors champ, exonérée ou taxable.</source>
        <translation>No VAT treatment is set for the section “{section}” on {day}, although the agreement sets one per section: say whether it is outside scope, exempt or taxable.</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>À corriger</source>
        <translation>To fix</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>ReadingsGridDialog</name>
    <message>
        <source>Saisie des relevés de compteurs</source>
        <extracomment>Readings were recorded.</extracomment>
        <translation>Meter readings entry</translation>
    </message>
    <message>
        <source>Nouveau compteur…</source>
        <translation>New meter…</translation>
    </message>
    <message>
        <source>Prévisions de l&apos;année…</source>
        <translation>Forecasts for the year…</translation>
    </message>
    <message>
        <source>Utilisation prévue de chaque compteur pour l&apos;année choisie, pour le prévisionnel et les appels de fonds</source>
        <translation>Planned use of each meter for the chosen year, for the forecast and the advance calls</translation>
    </message>
    <message>
        <source>Quantité utilisée par chaque partie sur chaque période (1 100 ou 2,5). Entrée descend, Tab passe à droite, Suppr efface ; Ctrl+V colle un bloc copié d&apos;un tableur. Chaque saisie est enregistrée aussitôt.</source>
        <translation>Quantity used by each party over each period (1 100 or 2,5). Enter moves down, Tab moves right, Del clears; Ctrl+V pastes a block copied from a spreadsheet. Each entry is saved at once.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Compteur</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Aucun compteur : créez-en un.</source>
        <translation>No meter: create one.</translation>
    </message>
    <message>
        <source>Unité : {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
</context>
<context>
    <name>ReadingsGridModel</name>
    <message>
        <source>Quantité « {0} » illisible : écrivez par exemple 1 100 ou 2,5.</source>
        <translation>Unreadable quantity “{0}”: write for example 1 100 or 2,5.</translation>
    </message>
    <message>
        <source>Une quantité ne peut pas être négative.</source>
        <translation>A quantity cannot be negative.</translation>
    </message>
</context>
<context>
    <name>RecurringChargeTableModel</name>
    <message>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Rattachement</source>
        <translation>Attached to</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <source>Total : {amount}</source>
        <extracomment>Before a table scrolls sideways, its widest columns give up width down to this (their long texts then end in « … », and the tooltip shows them whole).</extracomment>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>1 ligne</source>
        <translation>1 line</translation>
    </message>
    <message>
        <source>{count} lignes</source>
        <translation>{count} lines</translation>
    </message>
    <message>
        <source>Aucune ligne</source>
        <translation>No lines</translation>
    </message>
    <message>
        <source>{shown} sur {total} lignes</source>
        <translation>{shown} of {total} lines</translation>
    </message>
</context>
<context>
    <name>RegistersBox</name>
    <message>
        <source>Registres</source>
        <extracomment>The user clicked a card: the key of the page to open.</extracomment>
        <translation>Registers</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>mois de paie saisi</source>
        <translation>payroll month entered</translation>
    </message>
    <message>
        <source>mois de paie saisis</source>
        <translation>payroll months entered</translation>
    </message>
    <message>
        <source>dernier mois : {month}</source>
        <translation>latest month: {month}</translation>
    </message>
    <message>
        <source>matériel</source>
        <translation>item of equipment</translation>
    </message>
    <message>
        <source>matériels</source>
        <translation>items of equipment</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>facture</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>factures</source>
        <translation>bills</translation>
    </message>
    <message>
        <source>la dernière du {date}</source>
        <translation>the latest dated {date}</translation>
    </message>
    <message>
        <source>charge récurrente</source>
        <translation>recurring charge</translation>
    </message>
    <message>
        <source>charges récurrentes</source>
        <translation>recurring charges</translation>
    </message>
    <message>
        <source>clé de répartition</source>
        <translation>allocation key</translation>
    </message>
    <message>
        <source>clés de répartition</source>
        <translation>allocation keys</translation>
    </message>
    <message>
        <source>{count} catégories de dépenses</source>
        <translation>{count} expense categories</translation>
    </message>
    <message>
        <source>{count} catégorie de dépenses</source>
        <translation>{count} expense category</translation>
    </message>
    <message>
        <source>relevé de compteur</source>
        <translation>meter reading</translation>
    </message>
    <message>
        <source>relevés de compteurs</source>
        <translation>meter readings</translation>
    </message>
    <message>
        <source>jusqu&apos;au {date}</source>
        <translation>up to {date}</translation>
    </message>
    <message>
        <source>état émis</source>
        <translation>statement issued</translation>
    </message>
    <message>
        <source>états émis</source>
        <translation>statements issued</translation>
    </message>
</context>
<context>
    <name>Reimbursement</name>
    <message>
        <source>IJSS</source>
        <translation>sickness benefits (IJSS)</translation>
    </message>
    <message>
        <source>subrogation</source>
        <translation>subrogation</translation>
    </message>
    <message>
        <source>aide</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>autre</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>ReimbursementEditor</name>
    <message>
        <source>03/2026</source>
        <translation>03/2026</translation>
    </message>
    <message>
        <source>Mois de paie</source>
        <translation>Payroll month</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Montant reçu</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Ajouter ce remboursement</source>
        <translation>Add this reimbursement</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the selected line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <source>Indemnités journalières (IJSS), subrogation ou aide reçues pour un mois : elles réduisent le coût de ce mois.</source>
        <translation>Daily allowances (IJSS), subrogation or aid received for a month: they reduce that month&apos;s cost.</translation>
    </message>
    <message>
        <source>Ce mois a déjà un remboursement de cette nature : choisissez-le et corrigez-le.</source>
        <translation>This month already has a reimbursement of this kind: select it and correct it.</translation>
    </message>
    <message>
        <source>Une autre ligne a déjà ce mois et cette nature.</source>
        <translation>Another line already has this month and kind.</translation>
    </message>
</context>
<context>
    <name>ReimbursementTableModel</name>
    <message>
        <source>Mois de paie</source>
        <translation>Payroll month</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Montant reçu</source>
        <translation>Amount received</translation>
    </message>
</context>
<context>
    <name>RejectionTableModel</name>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>G</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Gras (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italique (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>• Liste</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. Liste</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Liste numérotée</source>
        <translation>Numbered list</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Locaux</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Dépenses partagées</source>
        <translation>Shared expenses</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Votre organisation, telle qu&apos;elle figure sur les états de refacturation qu&apos;elle émet, la base de données utilisée et la langue de l&apos;interface.</source>
        <translation>Your organisation, as it appears on the cost-sharing statements it issues, the database in use and the interface language.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Aucune partie n&apos;est enregistrée comme votre organisation.</source>
        <translation>No party is recorded as your organisation.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Modifier l&apos;organisation…</source>
        <translation>Edit organisation…</translation>
    </message>
    <message>
        <source>Nom, SIRET, adresse, logo, signataire et coordonnées bancaires portés sur les états</source>
        <translation>Name, SIRET, address, logo, signatory and bank details printed on the statements</translation>
    </message>
    <message>
        <source>Parties…</source>
        <translation>Parties…</translation>
    </message>
    <message>
        <source>Les organisations liées par les conventions : ajouter, modifier</source>
        <translation>The organisations bound by the agreements: add, edit</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Le changement prend effet au prochain démarrage.</source>
        <translation>The change takes effect at the next start.</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage de l&apos;application.</source>
        <translation>The new language will apply the next time the application starts.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Nouveau site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Modifier le site</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Parties communes (m²)</source>
        <translation>Common areas (m²)</translation>
    </message>
    <message>
        <source>Pour information : les parties communes suivent le prorata des surfaces exclusives</source>
        <translation>For information: common areas follow the proportion of exclusive areas</translation>
    </message>
    <message>
        <source>Surface exclusive (m²)</source>
        <translation>Exclusive area (m²)</translation>
    </message>
    <message>
        <source>Surfaces exclusives par partie, datées</source>
        <translation>Exclusive floor areas by party, dated</translation>
    </message>
    <message>
        <source>Mise à disposition gratuite</source>
        <translation>Free provision</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Surfaces exclusives</source>
        <translation>Exclusive areas</translation>
    </message>
    <message>
        <source>Surface exclusive de chaque partie, en vigueur aujourd&apos;hui</source>
        <translation>Exclusive area of each party, in force today</translation>
    </message>
    <message>
        <source>Total exclusif</source>
        <translation>Exclusive total</translation>
    </message>
    <message>
        <source>Parties communes</source>
        <translation>Common areas</translation>
    </message>
    <message>
        <source>Pour information : les parties communes suivent le prorata des surfaces exclusives</source>
        <translation>For information: common areas follow the proportion of exclusive areas</translation>
    </message>
</context>
<context>
    <name>SitesAtDateModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Surfaces privatives</source>
        <translation>Private areas</translation>
    </message>
    <message>
        <source>Total privatif</source>
        <translation>Private total</translation>
    </message>
    <message>
        <source>Parties communes</source>
        <translation>Common areas</translation>
    </message>
</context>
<context>
    <name>StaffAtDateModel</name>
    <message>
        <source>Agent</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Temps de travail</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>Quotité mise à disposition du bénéficiaire</source>
        <translation>Share made available to the beneficiary</translation>
    </message>
    <message>
        <source>Reste au prestataire</source>
        <translation>Left to the provider</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Nouvel agent</source>
        <translation>New employee</translation>
    </message>
    <message>
        <source>Modifier l&apos;agent</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <source>La sortie ne peut pas précéder l&apos;entrée.</source>
        <translation>The leaving date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <source>Laisser vide tant que la personne est employée</source>
        <translation>Leave empty while the person is employed</translation>
    </message>
    <message>
        <source>Temps de travail</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>Quotité</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Coût prévu</source>
        <translation>Planned cost</translation>
    </message>
    <message>
        <source>Quotités par bénéficiaire</source>
        <translation>Shares by beneficiary</translation>
    </message>
    <message>
        <source>Coût prévisionnel annuel</source>
        <translation>Annual planned cost</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Remboursements</source>
        <translation>Reimbursements</translation>
    </message>
    <message>
        <source>Aucune convention : créez d&apos;abord la convention et ses bénéficiaires (page Convention) pour répartir ce poste. L&apos;agent peut être enregistré sans quotité : il reste alors entièrement à la charge du prestataire.</source>
        <translation>No agreement: first create the agreement and its beneficiaries (Agreement page) to share this post. The staff member can be saved without shares: the provider then bears the whole cost.</translation>
    </message>
    <message>
        <source>Aucune quotité : l&apos;agent reste entièrement à la charge du prestataire, rien n&apos;en est refacturé. Ajoutez la part de chaque bénéficiaire pour répartir ce poste.</source>
        <translation>No share: the provider bears the whole cost of this staff member and nothing is recharged. Add each beneficiary’s share to split this post.</translation>
    </message>
    <message>
        <source>Indiquez le temps de travail à l&apos;entrée (onglet « Temps de travail », 100 % pour un temps plein), puis « Ajouter cette valeur ».</source>
        <translation>Enter the working time at the start date (“Working time” tab, 100 % for full time), then “Add this value”.</translation>
    </message>
    <message>
        <source>Quotités</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>le prestataire garde le reste</source>
        <translation>the provider keeps the rest</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Agents du prestataire dont le temps de travail peut être mis à disposition, avec le temps de travail et les quotités en vigueur aujourd&apos;hui, et leur coût mensuel.</source>
        <translation>The provider’s employees whose working time can be made available, with the working time and shares in force today, and their monthly cost.</translation>
    </message>
    <message>
        <source>Filtrer les agents…</source>
        <translation>Filter employees…</translation>
    </message>
    <message>
        <source>Aucun agent n&apos;est enregistré. « Nouvel agent… » pour commencer.</source>
        <translation>No employee is recorded. “New employee…” to start.</translation>
    </message>
    <message>
        <source>Filtrer par personne, mois, montant…</source>
        <translation>Filter by person, month, amount…</translation>
    </message>
    <message>
        <source>Aucun coût de paie n&apos;est enregistré. « Saisir la paie… » pour commencer.</source>
        <translation>No payroll cost is recorded. “Enter payroll…” to start.</translation>
    </message>
    <message>
        <source>Nouvel agent…</source>
        <translation>New employee…</translation>
    </message>
    <message>
        <source>Saisir la paie…</source>
        <translation>Enter payroll…</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;année…</source>
        <translation>Open the year…</translation>
    </message>
    <message>
        <source>Effacer le mois</source>
        <translation>Clear the month</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Paie mensuelle</source>
        <translation>Monthly payroll</translation>
    </message>
    <message>
        <source>Supprimer {name}, avec son temps de travail, ses quotités et toute sa paie ?
Pour un départ, indiquez plutôt la date de sortie.</source>
        <translation>Delete {name}, with their working time, shares and all their payroll?
For a departure, enter the leaving date instead.</translation>
    </message>
    <message>
        <source>Effacer la paie de {person} pour {month} ?</source>
        <translation>Clear the payroll of {person} for {month}?</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <source>Temps de travail</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>Temps de travail en vigueur aujourd&apos;hui</source>
        <translation>Working time in force today</translation>
    </message>
    <message>
        <source>Quotités mises à disposition</source>
        <translation>Shares made available</translation>
    </message>
    <message>
        <source>Part du temps de travail de chaque bénéficiaire, en vigueur aujourd&apos;hui</source>
        <translation>Share of the working time of each beneficiary, in force today</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>États</source>
        <extracomment>A statement was issued: its number. A payment was recorded against the statement of this number.</extracomment>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Aperçu en direct de ce que doit un bénéficiaire pour une période, émission de l&apos;état numéroté, impression, suivi des paiements et rectification des périodes déjà émises.</source>
        <translation>Live preview of what a beneficiary owes for a period, issue of the numbered statement, printing, payment follow-up and correction of periods already issued.</translation>
    </message>
    <message>
        <source>Calcul en cours…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Émettre l&apos;état…</source>
        <translation>Issue the statement…</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Aperçu PDF (projet)</source>
        <translation>PDF preview (draft)</translation>
    </message>
    <message>
        <source>Émission en cours…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>Préparation du projet…</source>
        <translation>Preparing the draft…</translation>
    </message>
    <message>
        <source>Choisissez une période et un bénéficiaire.</source>
        <translation>Choose a period and a beneficiary.</translation>
    </message>
    <message>
        <source>Données incomplètes</source>
        <translation>Incomplete data</translation>
    </message>
    <message>
        <source>Réglez d&apos;abord le point listé sous l&apos;aperçu.</source>
        <translation>First settle the point listed under the preview.</translation>
    </message>
    <message>
        <source>Réglez d&apos;abord les {count} points listés sous l&apos;aperçu.</source>
        <translation>First settle the {count} points listed under the preview.</translation>
    </message>
    <message>
        <source>Période en cours</source>
        <translation>Period still running</translation>
    </message>
    <message>
        <source>L&apos;état pour {period} s&apos;émet à partir du {date}, dernier jour de la période, quand toutes ses dépenses sont connues ; d&apos;ici là, l&apos;aperçu reste provisoire.</source>
        <translation>The statement for {period} can be issued from {date}, the period&apos;s last day, when all its costs are known; until then the preview is provisional.</translation>
    </message>
    <message>
        <source>Déjà émis : n° {number}</source>
        <translation>Already issued: no. {number}</translation>
    </message>
    <message>
        <source>L&apos;état n° {number} couvre déjà cette période : pour un changement, utilisez « Rectifier… ».</source>
        <translation>Statement no. {number} already covers this period: for a change, use “Correct…”.</translation>
    </message>
    <message>
        <source>Rien n&apos;est dû pour cette période.</source>
        <translation>Nothing is owed for this period.</translation>
    </message>
    <message>
        <source>Émettre l&apos;état de {code} pour {period} : {amount} (Ctrl+E)</source>
        <translation>Issue the statement of {code} for {period}: {amount} (Ctrl+E)</translation>
    </message>
    <message>
        <source>Voir le PDF que produirait l&apos;émission, marqué « PROJET — non émis », sans numéro : rien n&apos;est enregistré.</source>
        <translation>See the PDF that issuing would produce, marked “DRAFT — not issued”, without a number: nothing is recorded.</translation>
    </message>
    <message>
        <source>Émettre l&apos;état</source>
        <translation>Issue the statement</translation>
    </message>
    <message>
        <source>Émettre l&apos;état de refacturation de la période « {period} », adressé à {name}, d&apos;un montant de {amount} ?

Il recevra le numéro {number}, attribué définitivement : une fois émis, l&apos;état ne peut plus être modifié ni supprimé. Une correction passera par un état rectificatif ou un avoir.</source>
        <translation>Issue the cost-sharing statement for the period “{period}”, addressed to {name}, for an amount of {amount}?

It will receive number {number}, assigned permanently: once issued, the statement can no longer be changed or deleted. A correction will go through a corrective statement or a credit note.</translation>
    </message>
    <message>
        <source>Aperçu impossible</source>
        <translation>Preview not possible</translation>
    </message>
    <message>
        <source>Émission refusée</source>
        <translation>Issue refused</translation>
    </message>
    <message>
        <source>{kind} n° {number} — {beneficiary}</source>
        <translation>{kind} no. {number} — {beneficiary}</translation>
    </message>
    <message>
        <source>Cette convention a été supprimée entre-temps.</source>
        <extracomment>Period kinds of the picker: the billing frequencies, the most common (quarters) first. The statement already covering (part of) the period, if any. The number the next statement would take if issued today.</extracomment>
        <translation>This agreement has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>La convention ou le bénéficiaire a été supprimé entre-temps.</source>
        <translation>The agreement or the beneficiary has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>This document no longer exists.</translation>
    </message>
</context>
<context>
    <name>SurfaceTableModel</name>
    <message>
        <source>n°&#xa0;{number}</source>
        <translation>no.&#xa0;{number}</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
</context>
<context>
    <name>TermsBox</name>
    <message>
        <source>Conditions</source>
        <extracomment>Days before a date from which it is shown as near.</extracomment>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Bénéficiaires</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Prise d&apos;effet</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>Transparence</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Préavis</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Facturation</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Appels de fonds</source>
        <translation>Advance calls</translation>
    </message>
    <message>
        <source>Clauses financières</source>
        <translation>Financial clauses</translation>
    </message>
    <message>
        <source>aucune (ni frais de gestion, ni TVA par section)</source>
        <translation>none (no management fee, no VAT per section)</translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>après {duration}, le {date}</source>
        <translation>after {duration}, on {date}</translation>
    </message>
    <message>
        <source>sans date de fin</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>tacite, par périodes de {duration}</source>
        <translation>automatic, for periods of {duration}</translation>
    </message>
    <message>
        <source>tacite</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{days} jours</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>par section depuis le {date} :</source>
        <translation>by section since {date}:</translation>
    </message>
    <message>
        <source>assujettie, au taux de {rate}</source>
        <translation>subject to VAT, at {rate}</translation>
    </message>
    <message>
        <source>non assujettie</source>
        <translation>not subject to VAT</translation>
    </message>
    <message>
        <source>{regime} ; par section à partir du {date}</source>
        <translation>{regime}; by section from {date}</translation>
    </message>
    <message>
        <source>oui, avec régularisation annuelle</source>
        <translation>yes, with annual settlement</translation>
    </message>
    <message>
        <source>oui, chaque bénéficiaire voit les parts des autres</source>
        <translation>yes, each beneficiary sees the others&apos; shares</translation>
    </message>
    <message>
        <source>non, chaque bénéficiaire ne voit que ses parts</source>
        <translation>no, each beneficiary sees only its own shares</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
</context>
<context>
    <name>VatEditor</name>
    <message>
        <source>La TVA d&apos;une section</source>
        <translation>The VAT of a section</translation>
    </message>
    <message>
        <source>Le taux de TVA</source>
        <translation>The VAT rate</translation>
    </message>
    <message>
        <source>art. 261 B du CGI</source>
        <translation>art. 261 B of the CGI</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Fondement légal</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Code EN 16931</source>
        <translation>EN 16931 code</translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Ajouter ce traitement</source>
        <translation>Add this treatment</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the selected line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <source>Taxable : le taux. Exonérée : le fondement légal et le code d&apos;exonération EN 16931 (liste VATEX). Hors champ : le fondement légal.</source>
        <translation>Taxable: the rate. Exempt: the legal basis and the EN 16931 exemption code (VATEX list). Outside the scope: the legal basis.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue dans Mutualisation</source>
        <translation>Welcome to Mutualisation</translation>
    </message>
    <message>
        <source>La base de données est vide.

Les données de démonstration reprennent la convention d&apos;assistance et de moyens entre le Pays du bassin de Briey, le ST2b et le SCoT Nord 54 : parties, articles et avenants, personnel et paie, matériel, locaux, clés de répartition, relevés de compteurs et un an et demi de factures. Elles permettent de découvrir l&apos;application.

Commencez avec une base vide pour enregistrer directement vos propres données.</source>
        <translation>The database is empty.

The demonstration data reproduce the assistance and resource-sharing agreement between the Pays du bassin de Briey, the ST2b and the SCoT Nord 54: parties, articles and amendments, staff and payroll, equipment, premises, allocation keys, meter readings and a year and a half of bills. They let you discover the application.

Start with an empty database to record your own data directly.</translation>
    </message>
    <message>
        <source>Base de données : {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Charger les données de démonstration</source>
        <translation>Load the demonstration data</translation>
    </message>
    <message>
        <source>Commencer avec une base vide</source>
        <translation>Start with an empty database</translation>
    </message>
</context>
<context>
    <name>YearAmountEditor</name>
    <message>
        <source>Année</source>
        <extracomment>The list changed (not yet saved).</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ajouter l&apos;année</source>
        <translation>Add the year</translation>
    </message>
    <message>
        <source>Corriger la ligne choisie</source>
        <translation>Correct the chosen line</translation>
    </message>
    <message>
        <source>Retirer la ligne choisie</source>
        <translation>Remove the chosen line</translation>
    </message>
    <message>
        <source>L&apos;année {0} figure déjà : corrigez sa ligne.</source>
        <translation>The year {0} is already listed: correct its line.</translation>
    </message>
    <message>
        <source>L&apos;année {0} figure déjà.</source>
        <translation>The year {0} is already listed.</translation>
    </message>
</context>
<context>
    <name>YearAmountTableModel</name>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>_ClauseEditor</name>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Une ligne existe déjà à cette date : choisissez-la et corrigez-la.</source>
        <translation>A line already exists at this date: select it and correct it.</translation>
    </message>
    <message>
        <source>Une autre ligne a déjà cette date : choisissez une autre date.</source>
        <translation>Another line already has this date: choose another date.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Mutualisation</source>
        <translation>Mutualisation</translation>
    </message>
    <message>
        <source>Sauvegarde à la fermeture</source>
        <translation>Backup on closing</translation>
    </message>
    <message>
        <source>La sauvegarde automatique n&apos;a pas pu être faite : {error}</source>
        <translation>The automatic backup could not be made: {error}</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>n°&#xa0;{number} ({date})</source>
        <translation>no.&#xa0;{number} ({date})</translation>
    </message>
</context>
<context>
    <name>chorus_action</name>
    <message>
        <source>Dossier où préparer le dépôt sur Chorus Pro</source>
        <translation>Folder to prepare the Chorus Pro filing in</translation>
    </message>
    <message>
        <source>Export pour Chorus Pro refusé</source>
        <translation>Export for Chorus Pro refused</translation>
    </message>
    <message>
        <source>Exporter pour Chorus Pro</source>
        <translation>Export for Chorus Pro</translation>
    </message>
    <message>
        <source>Fichiers écrits dans {folder} :
{names}

Déposez le PDF sur Chorus Pro ; la liste indique ce que le formulaire de dépôt demandera.</source>
        <translation>Files written to {folder}:
{names}

File the PDF on Chorus Pro; the list says what the filing form will ask for.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Opération impossible</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>L&apos;opération n&apos;a pas pu aboutir à cause d&apos;une erreur inattendue. Aucune modification partielle n&apos;a été enregistrée.</source>
        <translation>The operation could not be completed because of an unexpected error. No partial change was saved.</translation>
    </message>
</context>
<context>
    <name>export_table</name>
    <message>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Exporter le tableau</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;a pas pu être écrit : {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{count}&#xa0;mois</source>
        <comment>un seul</comment>
        <translation>{count}&#xa0;month</translation>
    </message>
    <message>
        <source>{count}&#xa0;mois</source>
        <translation>{count}&#xa0;months</translation>
    </message>
    <message>
        <source>{count}&#xa0;an</source>
        <translation>{count}&#xa0;year</translation>
    </message>
    <message>
        <source>{count}&#xa0;ans</source>
        <translation>{count}&#xa0;years</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Véhicule</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Informatique</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Copieur</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Mobilier</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Pourcentage fixe</source>
        <translation>Fixed percentage</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>Effectifs</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Relevé de compteur</source>
        <translation>Meter reading</translation>
    </message>
    <message>
        <source>Affectation directe</source>
        <translation>Direct assignment</translation>
    </message>
    <message>
        <source>par mois</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>par trimestre</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <source>par an</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>Mensuelle</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Trimestrielle</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Semestrielle</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>Annuelle</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Hors convention</source>
        <translation>Outside the agreement</translation>
    </message>
    <message>
        <source>État de refacturation</source>
        <translation>Cost-sharing statement</translation>
    </message>
    <message>
        <source>État rectificatif</source>
        <translation>Corrective statement</translation>
    </message>
    <message>
        <source>Avoir</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Appel de fonds</source>
        <translation>Advance call</translation>
    </message>
    <message>
        <source>Régularisation</source>
        <translation>Settlement</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Personnel</source>
        <extracomment>Section names as the screen shows them (the engine&apos;s are the PDF&apos;s).</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Locaux</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Dépenses partagées</source>
        <translation>Shared expenses</translation>
    </message>
</context>
</TS>
