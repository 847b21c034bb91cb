"""Texts of the demonstration convention: its articles and its two amendments.

Kept apart from :mod:`.data` so that the data tables there stay short.
The figures quoted here (quotités, surfaces, percentages, dates) are the ones the demonstration
data records: a user reading an article and then the registers must find the same terms.
"""

from __future__ import annotations

# (title, body); the body's paragraphs are separated by a blank line.
ARTICLES: list[tuple[str, str]] = [
    (
        "Objet",
        "La présente convention a pour objet de définir les conditions dans lesquelles le Pays du "
        "bassin de Briey (ci-après « le Pays ») met à la disposition du Syndicat mixte des "
        "transports du Pays du bassin de Briey (ci-après « le ST2b ») et du Syndicat mixte du SCoT "
        "Nord Meurthe-et-Mosellan (ci-après « le SCoT Nord 54 »), dénommés ensemble « les "
        "bénéficiaires », une partie de ses personnels, de son matériel et de ses locaux, et "
        "organise le partage de certaines dépenses de fonctionnement communes.\n"
        "\n"
        "Elle s'inscrit dans une démarche de mutualisation des moyens entre structures intervenant "
        "sur le même territoire, dans un souci de bonne gestion des deniers publics. Elle ne "
        "poursuit aucun but lucratif : les sommes refacturées correspondent au seul remboursement "
        "des coûts réellement supportés par le Pays.\n"
        "\n"
        "Les annexes (état des personnels mis à disposition, inventaire du matériel, plan des "
        "locaux et tableau des clés de répartition) font partie intégrante de la convention.",
    ),
    (
        "Mise à disposition de personnel",
        "Le Pays met à la disposition des bénéficiaires, pour une quotité de leur temps de travail "
        "fixée à l'annexe 1, les agents suivants : le directeur, l'assistante de direction, le "
        "comptable, la chargée de mission mobilité et la chargée de mission SCoT. La quotité mise "
        "à disposition de la chargée de mission mobilité auprès du ST2b est fixée à 40 %.\n"
        "\n"
        "Les agents mis à disposition restent salariés du Pays, qui demeure leur employeur : il "
        "assure la gestion de leur carrière et de leur rémunération et exerce seul le pouvoir "
        "disciplinaire. Pendant le temps consacré aux missions d'un bénéficiaire, ils sont placés "
        "sous l'autorité fonctionnelle de son président ou de la personne qu'il désigne.\n"
        "\n"
        "Le coût refacturé comprend la rémunération brute, les cotisations patronales et les "
        "autres éléments de rémunération effectivement versés (titres-restaurant, participation à "
        "la protection sociale complémentaire, prise en charge des frais de transport), au prorata "
        "de la quotité et des jours de présence dans l'effectif du Pays.\n"
        "\n"
        "Tout recrutement d'un agent appelé à être mis à disposition, comme toute modification "
        "d'une quotité, est soumis à l'accord préalable du bénéficiaire concerné et fait l'objet "
        "d'une mise à jour de l'annexe 1.",
    ),
    (
        "Mise à disposition de matériel",
        "Le Pays met à la disposition des bénéficiaires le matériel suivant, décrit à l'annexe 2 : "
        "un véhicule utilitaire, le serveur de fichiers et les postes informatiques portables, le "
        "copieur multifonction et le vidéoprojecteur de la salle de réunion de Landres.\n"
        "\n"
        "Le matériel acquis par le Pays est refacturé sous la forme d'un amortissement linéaire, "
        "calculé à compter de sa date de mise en service et sur la durée d'utilisation fixée à "
        "l'annexe 2. Un matériel entièrement amorti n'est plus refacturé. Le matériel pris en "
        "location est refacturé à hauteur des loyers acquittés.\n"
        "\n"
        "Les dépenses liées à l'usage du matériel (carburant, entretien, assurance, consommables) "
        "suivent la clé de répartition du matériel concerné. Le véhicule est réservé au moyen de "
        "l'agenda partagé ; chaque déplacement est consigné dans le carnet de bord.",
    ),
    (
        "Mise à disposition de locaux",
        "Le Pays met à la disposition des bénéficiaires des bureaux dans les locaux qu'il loue 12 "
        "avenue Albert de Briey à Val de Briey, ainsi que la salle de réunion de l'antenne de "
        "Landres. Les surfaces occupées à titre exclusif par chaque partie figurent à l'annexe 3 : "
        "aux Bureaux de Briey, 104 m² pour le Pays, 36 m² pour le ST2b et 14,50 m² pour le SCoT "
        "Nord 54.\n"
        "\n"
        "Les parties communes (accueil, sanitaires, circulations, salle de pause) sont utilisées "
        "librement par tous ; leur coût suit la répartition des surfaces exclusives.\n"
        "\n"
        "Les bénéficiaires s'engagent à occuper les locaux paisiblement, à respecter le règlement "
        "intérieur du bâtiment et à signaler sans délai au Pays tout désordre constaté.",
    ),
    (
        "Modalités de partage des coûts",
        "Les coûts sont répartis entre les parties selon les clés suivantes, appliquées jour par "
        "jour selon les valeurs en vigueur :\n"
        "– personnel : la quotité de temps de travail mise à disposition de chaque bénéficiaire, "
        "le Pays conservant le solde ;\n"
        "– locaux (loyer, charges locatives, nettoyage, chauffage, assurance des locaux) : la "
        "surface occupée à titre exclusif par chaque partie rapportée à la somme des surfaces "
        "exclusives ;\n"
        "– véhicule : les kilomètres parcourus pour le compte de chaque partie, relevés chaque "
        "trimestre sur le carnet de bord ;\n"
        "– copieur et reprographie : le nombre de copies de chaque partie, relevé chaque trimestre "
        "grâce aux codes utilisateurs du copieur ;\n"
        "– électricité, télécommunications, affranchissement, déplacements et assurances : les "
        "effectifs en équivalents temps plein de chaque partie, y compris les agents mis à "
        "disposition au prorata de leur quotité ;\n"
        "– fournitures de bureau et informatique : un pourcentage forfaitaire fixé à l'annexe 4 "
        "(fournitures : 25 % pour le ST2b ; informatique : 20 % pour le ST2b et 15 % pour le SCoT "
        "Nord 54).\n"
        "\n"
        "Une dépense engagée pour le compte exclusif d'une partie, notamment les frais de "
        "déplacement d'une mission qui lui est propre, lui est imputée en totalité.\n"
        "\n"
        "Une dépense couvrant une période (abonnement, consommation d'énergie, prime d'assurance) "
        "est répartie au prorata des jours de cette période. Chaque montant est arrondi au centime "
        "le plus proche ; les centimes d'écart sont attribués selon la méthode du plus fort reste, "
        "de sorte que la somme des parts soit toujours égale au total.",
    ),
    (
        "Facturation et paiement",
        "À la fin de chaque trimestre civil, le Pays établit pour chaque bénéficiaire un état de "
        "refacturation numéroté, qui détaille ligne par ligne la base de calcul, la clé appliquée "
        "et le montant dû, accompagné de la liste des factures prises en compte.\n"
        "\n"
        "Les bénéficiaires règlent les sommes dues par virement sur le compte du Pays dans un "
        "délai de trente jours à compter de la réception de l'état. Pour les bénéficiaires soumis "
        "aux règles de la comptabilité publique, l'état est déposé sur Chorus Pro avec le code "
        "service et le numéro d'engagement qu'ils ont communiqués.\n"
        "\n"
        "Le Pays n'étant pas assujetti à la TVA, les sommes refacturées n'en portent pas ; un "
        "changement de ce régime fait l'objet d'un avenant.\n"
        "\n"
        "Toute erreur constatée sur un état déjà émis est corrigée par un état rectificatif ou par "
        "un avoir faisant référence à l'état initial.",
    ),
    (
        "Prévisions budgétaires",
        "Avant le 15 mars de chaque année, le Pays communique à chaque bénéficiaire une estimation "
        "des sommes qui lui seront refacturées au titre de l'exercice, établie à partir des coûts "
        "de personnel prévus, des budgets des catégories de dépenses et des consommations "
        "attendues, afin qu'il puisse l'inscrire à son budget avant le 15 avril.\n"
        "\n"
        "Un bilan annuel comparant les sommes prévues, refacturées et payées est présenté aux "
        "bénéficiaires au cours du premier trimestre de l'année suivante.",
    ),
    (
        "Durée et renouvellement",
        "La présente convention prend effet le 1er janvier 2025 pour une durée de trois ans, soit "
        "jusqu'au 31 décembre 2027.\n"
        "\n"
        "Elle est ensuite renouvelée par tacite reconduction, par périodes successives d'un an, "
        "sauf dénonciation par l'une des parties dans les conditions prévues à l'article 9.\n"
        "\n"
        "Toute modification de la convention ou de ses annexes fait l'objet d'un avenant écrit, "
        "signé par l'ensemble des parties.",
    ),
    (
        "Résiliation",
        "Chaque partie peut résilier la présente convention, pour ce qui la concerne, par lettre "
        "recommandée avec accusé de réception adressée aux autres parties, moyennant un préavis de "
        "trois mois. Le retrait d'un bénéficiaire est sans effet sur les engagements des autres "
        "parties.\n"
        "\n"
        "En cas de manquement grave de l'une des parties à ses obligations, la convention peut "
        "être résiliée sans préavis à son égard, après une mise en demeure restée sans effet "
        "pendant un mois.\n"
        "\n"
        "Les sommes dues au titre de la période écoulée jusqu'à la date d'effet de la résiliation "
        "sont refacturées au prorata du temps. Le matériel mis à disposition reste la propriété du "
        "Pays et lui est restitué en bon état d'usage.",
    ),
    (
        "Responsabilités et assurances",
        "Le Pays assure les locaux et le matériel qu'il met à disposition ; les primes "
        "correspondantes sont réparties selon les clés de l'article 5.\n"
        "\n"
        "Chaque bénéficiaire demeure responsable des dommages causés par ses propres agents et "
        "souscrit à cet effet une assurance de responsabilité civile, dont il communique "
        "l'attestation au Pays chaque année.",
    ),
    (
        "Litiges",
        "Les parties s'efforcent de régler à l'amiable tout différend relatif à l'interprétation "
        "ou à l'exécution de la présente convention.\n"
        "\n"
        "À défaut d'accord dans un délai de deux mois à compter de la notification du différend, "
        "le litige est porté devant le tribunal administratif de Nancy.",
    ),
]

AMENDMENT_1 = (
    "À compter du 1er mars 2025, la quotité de Mme Alice Moreau, chargée de mission mobilité, mise "
    "à disposition du ST2b est portée de 40 % à 50 % de son temps de travail, pour accompagner "
    "l'élaboration du plan de mobilité simplifié. L'annexe 1 est modifiée en conséquence."
)

AMENDMENT_2 = (
    "À compter du 1er janvier 2026, le ST2b occupe un bureau supplémentaire aux Bureaux de Briey : "
    "sa surface exclusive est portée de 36 m² à 48 m² et celle du Pays ramenée de 104 m² à 92 m². "
    "Le SCoT Nord 54 prend en charge 10 % des fournitures de bureau. Les frais de personnel sont "
    "majorés de frais de gestion de 5 % et soumis à la TVA au taux de 20 %. L'usage du véhicule est "
    "facturé 0,39 € par kilomètre parcouru pour chaque bénéficiaire, le Pays gardant les coûts du "
    "véhicule. Deux places de stationnement louées par le Pays sont mises à la disposition du ST2b "
    "à titre gratuit. Les annexes 3 et 4 sont modifiées en conséquence."
)
