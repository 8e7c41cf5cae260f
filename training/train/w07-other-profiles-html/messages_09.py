# Batch 9
MESSAGES = [
dict(s="zimbra-html-connexion-directe-sous-les-autres", n="Roland Escoffier", a="roland.escoffier@frapna-savoie.org",
     d="2026-11-20 09:05", c="zimbra", f="html", co="Éducation au développement durable", inv=313,
     b="""<<g:Bonjour,>>

<<l:Le bouton « Connexion directe à M@gistère », il est sous les deux boutons Connexion ?>> <<c:Je ne le vois pas sur mon écran.>>

<<t:Merci>>""",
     sig="Roland Escoffier\nFRAPNA Savoie",
     p="other", t=["login"], act="reply",
     why="partner looks for the Connexion directe button (HTML-only Zimbra)"),

dict(s="orange-img-retraite-mdp-defaut", n="Marcel Reverdy", a="marcel.reverdy@orange.fr",
     d="2026-11-20 11:30", c="orange", img=True, co="Devenir formateur EAFC", inv=314,
     b="""<<g:Bonjour,>>
<<c:Retraité, ancien conseiller pédagogique, je fais partie des formateurs associés.>> <<fp:Y a-t-il un mot de passe par défaut pour la connexion directe ?>> <<c:Je n'ai que le nom d'utilisateur.>>
<<t:Merci>>""",
     sig="Marcel Reverdy",
     p="other", t=["forgotten_password"], act="reply",
     why="retired guest with a username only asks the default password"),

dict(s="apple-lequel-jlegrand-ou-adresse", n="Jean Legrand", a="jean.legrand@legrand-imprimerie.fr",
     d="2026-11-20 14:12", c="apple", co="Tuteurs en entreprise : accompagner l'apprenti", inv=315,
     b="""<<g:Bonjour,>>

<<fu:Lequel est mon identifiant : « jlegrand », qui est dans le mail de M@gistère, ou mon adresse jean.legrand@legrand-imprimerie.fr ?>>

<<t:Merci>>""",
     sig="Jean Legrand\nImprimerie Legrand – Voiron",
     p="other", t=["forgotten_username"], act="reply",
     why="company tutor hesitates between the notified username and his address"),

dict(s="se-former-former-concevoir", n="Audrey Pons", a="audrey.pons@ac-montpellier.fr",
     d="2026-11-20 16:45", c="owa", co="Devenir formateur EAFC", inv=316,
     b="""<<g:Bonjour,>>

<<c:Formatrice de l'académie de Montpellier, compte invité chez vous.>> <<fc:Dans « Tous mes parcours » il y a « Se former », « Former », « Concevoir »…>> <<fc:Je clique où pour trouver cette formation ?>>

<<t:Merci !>>""",
     sig="Audrey Pons",
     p="other", t=["find_course"], act="reply",
     why="which list to pick: the guide's remark 2 ('Se former' for participant courses)"),

dict(s="nom-utilisateur-envoye-nexiste-pas", n="Michèle Barre", a="michele.barre@gmail.com",
     d="2026-11-21 08:22", c="gmail", co="Accueillir un élève allophone", inv=317,
     b="""<<g:Bonjour,>>

<<c:J'utilise bien la connexion directe.>> <<l:Le site me dit que le nom d'utilisateur « mbarre » que vous m'avez envoyé n'existe pas,>> <<c:et j'ai vérifié l'orthographe trois fois.>>

<<t:Merci de regarder>>""",
     sig="Michèle Barre – bénévole Cimade",
     p="other", t=["login"], act="escalate",
     why="the notified username is unknown to the platform, right button used: the account must be checked"),

dict(s="outlook-mobile-intervenant-nom-mdp", n="Arthur Mignot", a="arthur.mignot@outlook.com",
     d="2026-11-21 12:40", c="outlook_mobile", co="Orientation : le parcours Avenir", inv=318,
     b="""<<g:Bonjour,>>
<<c:Intervenant métier pour la journée orientation.>> <<fu:Je n'ai ni nom d'utilisateur>> <<fp:ni mot de passe, où puis-je les trouver ?>>
<<t:Merci>>""",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="external speaker without credentials: notified by mail, recovery page"),

dict(s="gmail-html-mdp-change-oublie", n="Émeline Cartier", a="emeline.cartier@gmail.com",
     d="2026-11-21 17:05", c="gmail_html", co="Égalité filles-garçons", inv=319,
     b="""<<g:Bonjour,>>

<<fp:J'avais changé mon mot de passe M@gistère l'an dernier et je ne m'en souviens plus du tout.>> <<c:Je suis animatrice au centre de loisirs de Saint-Égrève.>>

<<t:Merci d'avance>>""",
     sig="Émeline",
     p="other", t=["forgotten_password"], act="reply",
     why="forgotten password of her manual account"),

dict(s="yahoo-national-ou-grenoble", n="Léon Favre-Mercuret", a="leon.favremercuret@yahoo.fr",
     d="2026-11-22 09:50", c="yahoo", co="Laïcité et valeurs de la République", inv=320,
     b="""<<g:Bonjour,>>
<<l:Sur quel site dois-je me connecter : le M@gistère national ou celui de Grenoble ?>> <<c:J'ai trouvé les deux sur internet.>>
<<t:Merci>>""",
     sig="L. Favre-Mercuret",
     p="other", t=["login"], act="reply",
     why="where to log in: the guide gives the ac-grenoble address"),

dict(s="iphone-parent-page-generale", n="Amandine Reboul", a="amandine.reboul@icloud.com",
     d="2026-11-22 13:15", c="iphone", co="Parents d'élèves et école : coéducation", inv=321,
     b="""<<g:Bonjour,>>
<<c:Je suis connectée,>> <<fc:mais je n'ai qu'une page d'accueil générale, où dois-je cliquer pour la formation ?>>
<<t:Merci>>""",
     p="other", t=["find_course"], act="reply",
     why="logged-in parent does not see how to reach the course"),

dict(s="thunderbird-bouton-violet-et-mdp", n="Rodolphe Blanc", a="rodolphe.blanc@blanc-horticulture.fr",
     d="2026-11-22 16:30", c="thunderbird", co="Tuteurs en entreprise : accompagner l'apprenti", inv=322,
     b="""<<g:Bonjour,>>

<<l:Je dois me connecter avec le bouton violet ?>> <<fp:Et j'ai oublié le mot de passe qui était dans le premier mail.>>

<<t:Cordialement>>""",
     sig="Rodolphe Blanc\nBlanc Horticulture – Tullins",
     p="other", t=["forgotten_password", "login"], act="reply",
     why="tutor unsure of the button and forgot his password"),

dict(s="aefe-madrid-identifiant", n="Marta López", a="marta.lopez@lfmadrid.net",
     d="2026-11-23 10:00", c="gmail", co="Langues vivantes : enseigner en DNL", inv=323,
     b="""<<g:Bonjour,>>

<<c:Enseignante au lycée français de Madrid, je participe à distance à votre parcours.>> <<fu:Je ne retrouve plus mon identifiant M@gistère.>>

<<t:Gracias, merci !>>""",
     sig="Marta López",
     p="other", t=["forgotten_username"], act="reply",
     why="AEFE teacher forgot her guest username"),

dict(s="prof-voiron-gmail-compte-academique-bouton", n="Thomas Jourdan", a="thomas.jourdan73@gmail.com",
     d="2026-11-23 12:20", c="gmail_mobile", co="Évaluer par compétences", inv=324,
     b="""<<g:Bonjour>>
<<c:Je suis prof de maths au collège Le Grand Champ à Pont-de-Beauvoisin, je me connecte d'habitude au webmail avec mon identifiant académique.>> <<l:Sur M@gistère je clique sur quel bouton ?>>
<<t:Merci>>""",
     p="academic", t=["login"], act="reply",
     why="gmail sender but a teacher of the académie using his academic account: blue button"),

dict(s="plein-de-parcours-recherche-comment", n="Danièle Servoz", a="daniele.servoz@laposte.net",
     d="2026-11-23 15:35", c="roundcube", co="Accueillir un élève allophone", inv=325,
     b="""<<g:Bonjour,>>

<<c:Je suis inscrite à beaucoup de parcours comme bénévole.>> <<fc:Comment utiliser la recherche pour trouver celui-ci ?>>

<<t:Merci>>""",
     sig="Danièle Servoz",
     p="other", t=["find_course"], act="reply",
     why="asks how to use the search tool: remark 1 of step 3"),

dict(s="samsung-agent-mairie-nom-et-bouton", n="Sandrine Mollard", a="sandrine.mollard@ville-eybens.fr",
     d="2026-11-24 07:50", c="samsung", co="Égalité filles-garçons", inv=326,
     b="""<<g:Bonjour>>
<<c:Agent de la ville d'Eybens au périscolaire.>> <<fu:Je n'ai pas de nom d'utilisateur>> <<l:et je ne sais pas comment me connecter.>>
<<t:Merci>>""",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="municipal agent: username and Connexion directe"),

dict(s="outlook-old-base64-retraite-mdp", n="Jacques Cottin", a="jacques.cottin@wanadoo.fr",
     d="2026-11-24 10:15", c="outlook_old", cs="iso-8859-1", e="base64", co="Laïcité et valeurs de la République", inv=327,
     b="""<<g:Bonjour,>>

<<c:Professeur d'histoire retraité,>> <<fp:j'ai perdu le mot de passe de mon compte M@gistère.>> <<fp:Pouvez-vous me dire comment en obtenir un nouveau ?>>

<<t:Bien à vous,>>""",
     sig="Jacques Cottin",
     p="other", t=["forgotten_password"], act="reply",
     why="retired guest lost his password"),

dict(s="google-magistere-autre-site", n="Irène Bois", a="irene.bois@orange.fr",
     d="2026-11-24 14:00", c="orange", co="Accueillir un élève allophone", inv=328,
     b="""<<g:Bonjour,>>
<<l:Quand je tape « magistere » dans Google j'arrive sur un autre site qui me demande de choisir une académie.>> <<l:Où faut-il aller ?>>
<<t:Merci>>""",
     sig="Irène Bois",
     p="other", t=["login"], act="reply",
     why="lands on the national portal: the guide gives the ac-grenoble address"),

dict(s="mdp-oublie-et-formation-ou-iso", n="Nathan Giraud", a="nathan.giraud@escalade-grenoble.fr",
     d="2026-11-24 17:40", c="zimbra", cs="iso-8859-1", e="quoted-printable", co="Égalité filles-garçons", inv=329,
     b="""<<g:Bonjour,>>

<<fp:J'ai oublié mon mot de passe.>> <<fc:Et après, comment je trouve la formation ?>>

<<t:Merci>>""",
     sig="Nathan Giraud\nClub d'escalade Grenoble Vertical",
     p="other", t=["forgotten_password", "find_course"], act="reply",
     why="sports club partner: password then finding the course"),

dict(s="retraitee-attestation", n="Élise Monnet", a="elise.monnet@free.fr",
     d="2026-11-25 09:20", c="thunderbird", co="Accueillir un élève allophone", inv=330,
     b="""<<g:Bonjour,>>

<<c:J'ai terminé la partie à distance.>> <<o:Pourrais-je recevoir une attestation de formation pour l'association ?>>

<<t:Merci beaucoup>>""",
     sig="Élise Monnet",
     p="other", t=[], act="escalate",
     why="attestation request"),

dict(s="intervenant-facture", n="Samuel Garnier", a="contact@samuel-garnier-conseil.fr",
     d="2026-11-25 11:45", c="outlook", img=True, co="Orientation : le parcours Avenir", inv=331,
     b="""<<g:Bonjour,>>

<<c:Suite à mon intervention du 20 novembre,>> <<o:à qui dois-je adresser ma facture et faut-il un bon de commande ?>>

<<t:Bien cordialement,>>""",
     sig="Samuel Garnier\nConsultant orientation – SG Conseil\nSIRET 901 234 567 00012",
     p="other", t=[], act="escalate",
     why="invoice for an intervention"),

dict(s="deux-comptes-deux-mdp-ko", n="Pascal Rivière", a="pascal.riviere@hotmail.fr",
     d="2026-11-25 14:10", c="outlookcom", co="Prévention du harcèlement - pHARe", inv=332,
     b="""<<g:Bonjour,>>

<<c:J'ai deux comptes M@gistère (un créé par l'académie de Lyon, un par vous).>> <<fp:Aucun des deux mots de passe ne marche plus,>> <<fu:et je ne sais même plus quel nom d'utilisateur va avec lequel.>>

<<t:Merci de m'aider à y voir clair>>""",
     sig="Pascal Rivière",
     p="other", t=["forgotten_username", "forgotten_password"], act="escalate",
     why="two accounts with both credentials lost: a human must sort out the enrolled one"),

dict(s="nom-et-changer-adresse", n="Anne-Laure Dufresne", a="annelaure.dufresne@gmail.com",
     d="2026-11-25 18:30", c="gmail", co="Parents d'élèves et école : coéducation", inv=333,
     b="""<<g:Bonjour,>>

<<fu:J'ai oublié mon nom d'utilisateur.>> <<o:Par ailleurs, pouvez-vous remplacer l'adresse de mon compte (al.dufresne@wanadoo.fr) par celle-ci ?>>

<<t:Merci>>""",
     sig="Anne-Laure Dufresne",
     p="other", t=["forgotten_username"], act="escalate",
     why="forgotten username plus a change of address on the account"),

dict(s="plainte-usine-a-gaz", n="Bernard Tissier", a="bernard.tissier@sfr.fr",
     d="2026-11-26 08:05", c="outlook", cs="windows-1252", co="Tuteurs en entreprise : accompagner l'apprenti", inv=334,
     b="""<<o:Votre plateforme est une usine à gaz.>> <<l:Trois boutons de connexion, aucun ne marche avec ce que vous m’avez envoyé.>> <<o:J’ai une entreprise à faire tourner, je n’ai pas que ça à faire.>> <<o:Je veux parler à quelqu’un.>>""",
     sig="B. Tissier",
     p="other", t=["login"], act="escalate",
     why="angry complaint and a request to talk to someone"),

dict(s="cest-pour-la-formation", n="Mireille Jacquier", a="mireille.jacquier@wanadoo.fr",
     d="2026-11-26 10:40", c="apple", co="Accueillir un élève allophone", inv=335,
     b="""<<g:Bonjour,>>
<<u:c'est pour la formation.>>""",
     sig="Mireille Jacquier",
     p="other", t=[], act="escalate",
     why="unclear what she wants"),

dict(s="programme-formation", n="Gérald Coste", a="gerald.coste@ufcv.fr",
     d="2026-11-26 13:20", c="gmail_html", co="Égalité filles-garçons", inv=336,
     b="""<<g:Bonjour,>>

<<o:Pourriez-vous m'envoyer le programme détaillé de la formation avant de commencer ?>>

<<t:Merci>>""",
     sig="Gérald Coste\nUFCV Auvergne-Rhône-Alpes",
     p="other", t=[], act="escalate",
     why="course programme request"),

dict(s="plusieurs-sur-meme-compte", n="Béatrice Guillon", a="beatrice.guillon@ecole-diwan-grenoble.fr",
     d="2026-11-26 16:00", c="zimbra", co="Évaluer par compétences", inv=337,
     b="""<<g:Bonjour,>>

<<c:Nous sommes trois enseignantes de l'école associative à vouloir suivre la formation.>> <<o:Pouvons-nous utiliser le même compte M@gistère à plusieurs ?>>

<<t:Merci,>>""",
     sig="Béatrice Guillon",
     p="other", t=[], act="escalate",
     why="sharing an account / registering colleagues"),

dict(s="absence-maladie-suppress-seul", n="Hélène Vigier", a="helene.vigier@alpes-isere-habitat.fr",
     d="2026-11-26 17:45", c="outlook", q="none", thr=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=338,
     subj="Réponse automatique : Invitation : Tuteurs en entreprise : accompagner l'apprenti",
     hdr={"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "helene.vigier@alpes-isere-habitat.fr"},
     b="""<<r:Bonjour,>>
<<r:Je suis absente jusqu'à nouvel ordre.>> <<r:Pour toute demande, merci de contacter accueil@alpes-isere-habitat.fr.>>""",
     p="other", t=[], act="ignore",
     why="Exchange out-of-office (X-Auto-Response-Suppress, inbox rules loop), no Auto-Submitted"),

dict(s="parfait-merci", n="Louise Prat", a="louise.prat@gmail.com",
     d="2026-11-27 09:10", c="gmail_mobile", q="none", thr=True, co="Éducation à la sexualité", inv=339,
     subj="Re: Invitation : Éducation à la sexualité",
     b="""<<t:Parfait, merci !>>""",
     p="other", t=[], act="ignore",
     why="thanks only"),

dict(s="bounce-texte-ancien-exchange", p="other", t=[], act="ignore",
     why="plain-text bounce from postmaster without multipart/report",
     raw="""Return-Path: <>
Received: from mail.lycee-prive-lasalle.fr (mail.lycee-prive-lasalle.fr [90.63.221.7])
	by mx1.ac-grenoble.fr (Postfix) with ESMTP id 4QTc4d1PkL
	for <formation-magistere@ac-grenoble.fr>; Fri, 27 Nov 2026 10:20:44 +0100
From: postmaster@lycee-prive-lasalle.fr
To: formation-magistere@ac-grenoble.fr
Subject: Undeliverable: Invitation : Evaluer par competences
Date: Fri, 27 Nov 2026 10:20:43 +0100
Message-ID: <NDR-20261127102043-1@mail.lycee-prive-lasalle.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

<<r:Your message did not reach some or all of the intended recipients.>>

<<r:Subject: Invitation : Evaluer par competences>>
<<r:Sent: 27/11/2026 10:20>>

<<r:The following recipient(s) cannot be reached:>>

<<r:f.martinez@lycee-prive-lasalle.fr on 27/11/2026 10:20>>
<<r:The e-mail account does not exist at the organization this message was sent to.>>
"""),

dict(s="auto-reply-anglais-entreprise", n="Alpine Outdoor Ltd", a="info@alpine-outdoor.co.uk",
     d="2026-11-27 11:00", c="outlook", q="none", thr=True, co="Langues vivantes : enseigner en DNL", inv=340,
     subj="RE: Invitation : Langues vivantes : enseigner en DNL",
     hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
     b="""<<r:Thank you for contacting Alpine Outdoor.>> <<r:This is an automatic response to confirm we have received your email.>> <<r:A member of our team will get back to you within 2 working days.>>""",
     p="other", t=[], act="ignore",
     why="English automatic acknowledgement of a company"),
]
