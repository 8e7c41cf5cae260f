# Batch 13
MESSAGES = [
dict(slug="uga-deux-identifiants-ancien-etudiant", name="Arnaud Giraud", addr="arnaud.giraud@univ-grenoble-alpes.fr", client="thunderbird", c=11,
     body="""Bonjour,

Ancien étudiant de l'UGA devenu ingénieur d'études, j'ai deux identifiants UGA (l'ancien étudiant et le nouveau personnel) et je ne sais plus lequel utiliser sur le guichet de l'université. Comment le savoir ?

Cordialement,
Arnaud Giraud""",
     a="r", why="UGA staff unsure which institution identifier is his: the institution tells him",
     cl=[("g", "Bonjour,"), ("c", "Ancien étudiant de l'UGA devenu ingénieur d'études,"),
         ("fu", "j'ai deux identifiants UGA (l'ancien étudiant et le nouveau personnel) et je ne sais plus lequel utiliser sur le guichet de l'université."),
         ("fu", "Comment le savoir ?"), ("g", "Cordialement,")]),

dict(slug="usmb-mac-parcours-merci", name="Hélène Mugnier", addr="helene.mugnier@univ-smb.fr", client="outlook_mac", c=11, fmt="alt", cte="qp",
     body="""Bonjour,

Connectée via le guichet de l'USMB, je ne trouve pas la formation sur l'hybridation dans ma page d'accueil. Pourriez-vous m'indiquer où elle se trouve ?

Un grand merci,
Hélène Mugnier""",
     a="r", why="USMB staff, logged in, cannot find the course: step 3",
     cl=[("g", "Bonjour,"), ("c", "Connectée via le guichet de l'USMB,"), ("fc", "je ne trouve pas la formation sur l'hybridation dans ma page d'accueil."),
         ("fc", "Pourriez-vous m'indiquer où elle se trouve ?"), ("t", "Un grand merci,")]),

dict(slug="etu-gmail-page-guichet-en-anglais", name="Lou Bertin", addr="lou.bertin.07@gmail.com", client="gmail_mobile", c=7,
     body="""Bonjour, je suis étudiante à l'UGA et inscrite avec mon compte étudiant. La page du guichet est en anglais (« Select your identity provider ») et je ne comprends pas ce qu'il faut faire. Merci""",
     p="u", a="r", why="gmail sender using her UGA student account -> university; lost on the portal selection page: university login section",
     cl=[("g", "Bonjour,"), ("c", "je suis étudiante à l'UGA et inscrite avec mon compte étudiant."),
         ("l", "La page du guichet est en anglais (« Select your identity provider ») et je ne comprends pas ce qu'il faut faire."), ("t", "Merci")]),

dict(slug="inp-transmettre-adresse-formatrice-et-parcours", name="Romain Besson", addr="romain.besson@grenoble-inp.fr", client="owa", c=11, fmt="alt",
     body="""Bonjour,

Je ne trouve pas le parcours une fois connecté via Grenoble INP. Par ailleurs, pourriez-vous transmettre mon adresse à la formatrice ? Elle voulait m'envoyer un document avant la première séance.

Merci,
Romain Besson""",
     a="e", why="find course (guide) plus a request to pass his address to the trainer (human)",
     cl=[("g", "Bonjour,"), ("fc", "Je ne trouve pas le parcours une fois connecté via Grenoble INP."),
         ("o", "Par ailleurs, pourriez-vous transmettre mon adresse à la formatrice ?"),
         ("c", "Elle voulait m'envoyer un document avant la première séance."), ("t", "Merci,")]),

dict(slug="uga-away-anglais-sans-entete", name="Prof. Anna Schmidt", addr="anna.schmidt@univ-grenoble-alpes.fr", client="server", c=11, quote="none",
     subject="Away: Invitation : Former les formateurs de l'enseignement supérieur à l'hybridation",
     body="""I'm away at a conference until 4 December and will answer your email when I return.""",
     a="i", why="English away message without auto headers",
     cl=[("r", "I'm away at a conference until 4 December and will answer your email when I return.")]),

dict(slug="usmb-all-sorted-thanks", name="Liam O'Brien", addr="liam.obrien@etu.univ-smb.fr", client="gmail_en", c=11,
     body="""All sorted now, I found my username with the university helpdesk. Thanks!""",
     topics=[], a="i", why="closes the matter",
     cl=[("c", "All sorted now, I found my username with the university helpdesk."), ("t", "Thanks!")]),

dict(slug="belgique-enseignante-mdp-et-parcours", name="Sophie Lambotte", addr="sophie.lambotte@ecoles-fwb.be", client="outlook", c=13, fmt="alt",
     body="""Bonjour,

Institutrice en Fédération Wallonie-Bruxelles, je participe à votre formation dans le cadre d'un jumelage. J'ai perdu le mot de passe de mon compte invité, et je ne sais pas non plus où trouver la formation une fois connectée.

Merci d'avance et belle journée,""",
     sig="Sophie Lambotte\nÉcole communale de Jambes",
     a="r", why="Belgian partner with a guest account: forgotten password and find course",
     cl=[("g", "Bonjour,"), ("c", "Institutrice en Fédération Wallonie-Bruxelles, je participe à votre formation dans le cadre d'un jumelage."),
         ("fp", "J'ai perdu le mot de passe de mon compte invité,"), ("fc", "et je ne sais pas non plus où trouver la formation une fois connectée."),
         ("t", "Merci d'avance"), ("s", "et belle journée,")]),

dict(slug="assistante-ecrit-pour-son-directeur", name="Corinne Maillard", addr="c.maillard@bureau-veritas.fr", client="outlook", c=9, fmt="alt", cs="windows-1252", cte="qp",
     body="""Bonjour,

Je suis l’assistante de M. Pierre Collomb, qui intervient sur la formation sécurité en atelier. Il a perdu le nom d’utilisateur de son compte M@gistère. Comment peut-il le retrouver ?

Cordialement,""",
     sig="Corinne Maillard\nAssistante de direction – Bureau Veritas Grenoble",
     a="r", why="assistant writing for an external speaker (manual account); lost username: recovery page",
     cl=[("g", "Bonjour,"), ("c", "Je suis l’assistante de M. Pierre Collomb, qui intervient sur la formation sécurité en atelier."),
         ("fu", "Il a perdu le nom d’utilisateur de son compte M@gistère."), ("fu", "Comment peut-il le retrouver ?"), ("g", "Cordialement,")]),

dict(slug="mcf-lyon2-quel-compte", name="Bruno Chabanel", addr="bruno.chabanel@univ-lyon2.fr", client="thunderbird", c=11,
     body="""Bonjour,

Maître de conférences à l'Université Lumière Lyon 2, je suis inscrit à votre formation sur l'hybridation et je dispose de mon compte universitaire Lyon 2. Par quel bouton et quel guichet dois-je passer pour me connecter ?

Cordialement,
Bruno Chabanel""",
     p="u", a="r", why="higher-education lecturer using his own university account -> university (another university, same guide section); login",
     cl=[("g", "Bonjour,"),
         ("c", "Maître de conférences à l'Université Lumière Lyon 2, je suis inscrit à votre formation sur l'hybridation et je dispose de mon compte universitaire Lyon 2."),
         ("l", "Par quel bouton et quel guichet dois-je passer pour me connecter ?"), ("g", "Cordialement,")]),

dict(slug="colere-site-mal-fichu-identifiant-inconnu", name="Dominique Rey", addr="dominique.rey@ac-grenoble.fr", client="gmail", c=2,
     body="""Ça fait trois jours que je galère avec votre site mal fichu. Identifiant inconnu, mot de passe refusé, j'ai tout essayé !! Comment on fait pour avoir le bon identifiant et le bon mot de passe ???""",
     a="r", why="academic, angry but only asks for the identifier and password: sections A and B",
     cl=[("s", "Ça fait trois jours que je galère avec votre site mal fichu."), ("fu", "Identifiant inconnu,"), ("fp", "mot de passe refusé,"),
         ("c", "j'ai tout essayé !!"), ("fu", "Comment on fait pour avoir le bon identifiant"), ("fp", "et le bon mot de passe ???")]),

dict(slug="arret-principal-exige-legal", name="Nadine Besson", addr="nadine.besson@ac-grenoble.fr", client="outlook_mobile", c=20,
     body="""Bonjour,
Je suis en arrêt de travail et mon principal exige que je fasse quand même la partie à distance. Est-ce légal ? Je ne sais pas à qui m'adresser.
Nadine Besson""",
     topics=[], a="e", why="question about obligations during sick leave: human",
     cl=[("g", "Bonjour,"), ("c", "Je suis en arrêt de travail et mon principal exige que je fasse quand même la partie à distance."),
         ("o", "Est-ce légal ?"), ("c", "Je ne sais pas à qui m'adresser.")]),

dict(slug="fwd-thunderbird-recue-boite-perso-pour-moi", name="Gaëtan Roche", addr="gaetan.roche@ac-grenoble.fr", client="thunderbird", c=16, quote="fwd",
     fwd_to_name="Gaëtan Roche", fwd_to="gaetan.roche73@orange.fr",
     body="""Bonjour,

Je vous transfère ce message reçu sur ma boîte personnelle. Je ne suis pas sûr qu'il me soit destiné : je suis professeur de SVT et je n'ai pas demandé de formation sur l'IA. Pouvez-vous vérifier ?

Gaëtan Roche""",
     topics=[], a="e", why="unsure the invitation is for him, asks to check: human",
     cl=[("g", "Bonjour,"), ("c", "Je vous transfère ce message reçu sur ma boîte personnelle."),
         ("u", "Je ne suis pas sûr qu'il me soit destiné :"), ("c", "je suis professeur de SVT et je n'ai pas demandé de formation sur l'IA."),
         ("o", "Pouvez-vous vérifier ?")]),

dict(slug="roundcube-free-prof-lycee-bas-identifiant", name="Yves Tournier", addr="yves.tournier@free.fr", client="roundcube", c=18, quote="bottom",
     body="""Bonjour,

Professeur au lycée du Grésivaudan, je ne retrouve pas mon identifiant académique. Comment faire ?

Yves Tournier""",
     p="a", a="r", why="teacher of the académie writing from free.fr -> academic; bottom-posted; forgotten identifier: section A",
     cl=[("g", "Bonjour,"), ("c", "Professeur au lycée du Grésivaudan,"), ("fu", "je ne retrouve pas mon identifiant académique."), ("fu", "Comment faire ?")]),

dict(slug="zimbra-entre-lignes-mdp-et-parcours", name="Colette Ravanel", addr="colette.ravanel@ac-grenoble.fr", client="zimbra", c=14, quote="inline",
     body="""Bonjour,

----- Mail original -----
De: "EAFC Grenoble" <formation-magistere@ac-grenoble.fr>
Envoyé: Lundi 23 Novembre 2026 08:30:00
Objet: Invitation : Laïcité et valeurs de la République

> Pour rejoindre le parcours, connectez-vous à l'adresse https://magistere.education.fr/ac-grenoble/

Mon mot de passe académique ne passe plus depuis que je l'ai changé à la rentrée, je crois que je l'ai oublié.

> puis cliquez sur le titre de la formation dans la liste de vos parcours.

Et si j'y arrive, le titre sera exactement « Laïcité et valeurs de la République » ?

Merci
C. Ravanel""",
     a="r", why="academic answering under quoted lines: forgotten changed password and find course",
     cl=[("g", "Bonjour,"), ("fp", "Mon mot de passe académique ne passe plus depuis que je l'ai changé à la rentrée, je crois que je l'ai oublié."),
         ("fc", "Et si j'y arrive, le titre sera exactement « Laïcité et valeurs de la République » ?"), ("t", "Merci")]),

dict(slug="zimbra-oof-avec-question-auto-submitted", name="Bernadette Collet", addr="bernadette.collet@ac-grenoble.fr", client="server", c=1, quote="none", irt=True,
     subject="Re: Invitation : Accueillir un élève allophone",
     headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     body="""Bonjour,
Je suis en congé jusqu'au 1er décembre. Vous souhaitez me joindre en urgence ? Appelez le collège au 04 76 00 00 00.
B. Collet""",
     a="i", why="vacation reply that contains a question mark; still a robot (Auto-Submitted)",
     cl=[("r", "Je suis en congé jusqu'au 1er décembre."), ("r", "Vous souhaitez me joindre en urgence ?"), ("r", "Appelez le collège au 04 76 00 00 00.")]),

dict(slug="dsn-ac-grenoble-boite-pleine", name="Mail Delivery System", addr="MAILER-DAEMON@ac-grenoble.fr", raw="dsn", c=3, return_path="", d="2026-11-05 08:47",
     rcpt="jeanne.poncet@ac-grenoble.fr", subject="Undelivered Mail Returned to Sender", status="5.2.2",
     diag="smtp; 552 5.2.2 <jeanne.poncet@ac-grenoble.fr>: Mailbox full (quota exceeded)",
     body="""This is the mail system at host mx.ac-grenoble.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jeanne.poncet@ac-grenoble.fr>: mailbox is full (quota exceeded)""",
     topics=[], a="i", why="bounce, recipient mailbox full",
     cl=[("r", "I'm sorry to have to inform you that your message could not"), ("r", "<jeanne.poncet@ac-grenoble.fr>: mailbox is full (quota exceeded)")]),

dict(slug="mdn-thunderbird-affiche", name="Francis Jourdan", addr="francis.jourdan@ac-grenoble.fr", raw="mdn", c=19, return_path="francis.jourdan@ac-grenoble.fr", d="2026-12-01 08:12",
     ua="Mozilla Thunderbird", disp="manual-action/MDN-sent-manually; displayed",
     subject="Accusé de réception (affiché) - Invitation : Éducation artistique et culturelle : monter un projet",
     body="""Ceci est un accusé de réception pour le courriel que vous avez envoyé à francis.jourdan@ac-grenoble.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.""",
     topics=[], a="i", why="Thunderbird read receipt (disposition-notification)",
     cl=[("r", "Ceci est un accusé de réception pour le courriel que vous avez envoyé à francis.jourdan@ac-grenoble.fr.")]),

dict(slug="absent-le-7-humain-court", name="Hugo Berthon", addr="hugo.berthon@ac-grenoble.fr", client="gmail_mobile", c=18,
     body="""Je serai absent le 7 décembre (conseil de classe).""",
     topics=[], a="e", why="a person announcing an absence at a session: someone must record it",
     cl=[("o", "Je serai absent le 7 décembre (conseil de classe).")]),

dict(slug="super-ca-marche-etudiant", name="Tom Lefebvre", addr="tom.lefebvre@etu.univ-grenoble-alpes.fr", client="iphone", c=7,
     body="""Super, ça marche !!""",
     topics=[], a="i", why="closes the matter",
     cl=[("c", "Super, ça marche !!")]),

dict(slug="outlook-ios-tagline-mdp", name="Clémence Royer", addr="clemence.royer@ac-grenoble.fr", client="outlook_mobile", c=4, tag="Obtenir Outlook pour iOS",
     body="""Bonjour, mon mot de passe académique est refusé depuis ce matin alors que je n'ai rien changé. Comment le réinitialiser ?""",
     a="r", why="academic, password refused: section B reset link",
     cl=[("g", "Bonjour,"), ("fp", "mon mot de passe académique est refusé depuis ce matin alors que je n'ai rien changé."), ("fp", "Comment le réinitialiser ?")]),

dict(slug="invite-deux-comptes-crees", name="Pierre-Alain Jacquet", addr="pa.jacquet@laposte.net", client="thunderbird", c=21,
     body="""Bonjour,

J'ai reçu deux courriels de création de compte M@gistère avec deux noms d'utilisateur différents (pajacquet et pierre-alain.jacquet). Lequel est inscrit à la formation ? Je ne voudrais pas travailler sur le mauvais.

Cordialement,
P.-A. Jacquet""",
     a="e", why="two guest accounts created: someone must check which one is enrolled",
     cl=[("g", "Bonjour,"),
         ("fu", "J'ai reçu deux courriels de création de compte M@gistère avec deux noms d'utilisateur différents (pajacquet et pierre-alain.jacquet)."),
         ("o", "Lequel est inscrit à la formation ?"), ("c", "Je ne voudrais pas travailler sur le mauvais."), ("g", "Cordialement,")]),

dict(slug="yahoo-transfert-academique-parcours", name="Martine Chevallier", addr="martine.chevallier@yahoo.fr", client="yahoo", c=10, quote="fwd", fmt="alt",
     fwd_to_name="Martine Chevallier", fwd_to="martine.chevallier@ac-grenoble.fr",
     body="""Bonjour,
Je vous transfère votre message depuis ma boîte Yahoo. Je me connecte bien à M@gistère avec mon compte académique, mais la formation CP n'apparaît pas. Où la trouver ?
Martine""",
     p="a", a="r", why="yahoo sender using her academic account -> academic; logged in, course missing",
     cl=[("g", "Bonjour,"), ("c", "Je vous transfère votre message depuis ma boîte Yahoo."),
         ("c", "Je me connecte bien à M@gistère avec mon compte académique,"), ("fc", "mais la formation CP n'apparaît pas."), ("fc", "Où la trouver ?")]),

dict(slug="parcours-en-anglais-surprise", name="Adèle Moreau", addr="adele.moreau@ac-grenoble.fr", client="iphone", c=16, fmt="alt", cte="qp",
     body="""Bonjour, j'ai ouvert le parcours IA et toutes les vidéos sont en anglais ?? Il existe une version française ?""",
     topics=[], a="e", why="content question (language of the videos): human",
     cl=[("g", "Bonjour,"), ("o", "j'ai ouvert le parcours IA et toutes les vidéos sont en anglais ??"), ("o", "Il existe une version française ?")]),

dict(slug="uga-cc-formateur-identifiant-et-bouton", name="Jules Perrin", addr="jules.perrin@univ-grenoble-alpes.fr", client="thunderbird", c=11,
     to="Marc Aubert <marc.aubert@univ-grenoble-alpes.fr>", cc="formation-magistere@ac-grenoble.fr",
     body="""Bonjour Marc, bonjour l'EAFC,

Je ne connais pas mon identifiant UGA (je suis arrivé en novembre) et je ne sais pas quel bouton prendre sur la page de M@gistère. Pouvez-vous m'aider ?

Jules""",
     a="r", why="new UGA staff, EAFC in Cc: unknown institution username and which button",
     cl=[("g", "Bonjour Marc, bonjour l'EAFC,"), ("fu", "Je ne connais pas mon identifiant UGA"), ("c", "(je suis arrivé en novembre)"),
         ("l", "et je ne sais pas quel bouton prendre sur la page de M@gistère."), ("s", "Pouvez-vous m'aider ?")]),
]
