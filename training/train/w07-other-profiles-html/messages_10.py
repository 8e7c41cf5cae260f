# Batch 10
MESSAGES = [
dict(s="apple-html-formation-pas-dans-liste", n="Colette Revol", a="colette.revol@me.com",
     d="2026-11-27 14:20", c="apple", f="html", co="Théâtre à l'école : partenariats culturels", inv=341,
     b="""<<g:Bonjour,>>

<<c:Je me suis connectée sans souci avec la connexion directe.>> <<fc:Mais la formation n'est pas dans la liste qui s'affiche.>>

<<t:Merci pour votre aide>>""",
     sig="Colette Revol\nMarionnettiste – Cie Fil à Fil",
     p="other", t=["find_course"], act="reply",
     why="artist logged in, course not in the list: step 3 (search, 'Tous mes parcours')"),

dict(s="outlookcom-html-latin1-nom-utilisateur-double", n="Jérôme Cuvillier", a="jerome.cuvillier@msn.com",
     d="2026-11-27 16:55", c="outlookcom", co="Premiers secours en milieu scolaire", inv=342,
     b="""<<g:Bonjour,>>

<<fu:Mon nom d'utilisateur, c'est « jcuvillier » ou « jerome.cuvillier » ?>> <<c:Je ne retrouve plus le mail et les deux sont refusés.>>

<<t:Merci,>>""",
     sig="Jérôme Cuvillier\nSapeur-pompier volontaire – SDIS 38",
     p="other", t=["forgotten_username"], act="reply",
     why="firefighter volunteer unsure of his username: the recovery page reminds it"),

dict(s="gmail-html-img-ou-apres-connexion", n="Aline Berger", a="aline.berger.sophro@gmail.com",
     d="2026-11-28 08:35", c="gmail_html", img=True, co="Prévention du harcèlement - pHARe", inv=343,
     b="""<<g:Bonjour,>>

<<c:Je suis sophrologue et j'interviens en partenariat avec le collège.>> <<fc:Une fois connectée, où dois-je aller pour trouver le parcours pHARe ?>>

<<t:Merci et belle journée>>""",
     sig="Aline Berger\nSophrologue – Voiron",
     p="other", t=["find_course"], act="reply",
     why="external partner asks where the course is once logged in"),

dict(s="iphone-se-former-vide-a-part-vieux", n="Hugo Besset", a="hugo.besset@icloud.com",
     d="2026-11-28 12:00", c="iphone", co="Égalité filles-garçons", inv=344,
     b="""<<g:Salut,>>
<<fc:je vois seulement mes parcours Se former de l'an dernier, pas celui de cette année.>> <<fc:C'est où ?>>
<<c:Hugo, animateur MJC>>""",
     p="other", t=["find_course"], act="reply",
     why="only last year's 'Se former' courses shown: step 3 (search)"),

dict(s="thunderbird-latin1-compte-inexistant-bouton-bleu", n="Florian Bouchet", a="florian.bouchet@aikido-chambery.fr",
     d="2026-11-28 15:10", c="thunderbird", cs="iso-8859-1", e="quoted-printable", co="Égalité filles-garçons", inv=345,
     b="""<<g:Bonjour,>>

<<l:Je suis passé par le bouton « Connexion » bleu et le portail me répond « compte inexistant ».>> <<c:Je suis professeur d'aïkido, intervenant dans un collège, sans compte de l'Éducation nationale.>>

<<t:Merci>>""",
     sig="Florian Bouchet",
     p="other", t=["login"], act="reply",
     why="guest used the academic portal: 'compte inexistant'; Connexion directe"),

dict(s="samsung-html-mdp-par-defaut-tuteur", n="Yannick Perrin", a="yannick.perrin@sfr.fr",
     d="2026-11-28 19:25", c="samsung", f="html", co="Accompagner les PFMP en lycée professionnel", inv=346,
     b="""<<g:Bonsoir>>
<<fp:c'est quoi le mot de passe par défaut svp>>
<<c:Yannick tuteur boucherie Perrin>>""",
     p="other", t=["forgotten_password"], act="reply",
     why="tutor asks the default password"),

dict(s="roundcube-retraite-bouton-et-parcours", n="Suzanne Ferrier", a="suzanne.ferrier@numericable.fr",
     d="2026-11-29 10:30", c="roundcube", co="Laïcité et valeurs de la République", inv=347,
     b="""<<g:Bonjour,>>

<<c:Institutrice à la retraite, j'ai mes identifiants.>> <<l:Sur quel bouton dois-je cliquer>> <<fc:et où trouverai-je ensuite la formation ?>>

<<t:Merci d'avance>>""",
     sig="Suzanne Ferrier",
     p="other", t=["login", "find_course"], act="reply",
     why="retired guest: which button, then where the course is"),

dict(s="gmail-mobile-identifiant-et-mdp-tuteur", n="Alexis Drevet", a="alexis.drevet@gmail.com",
     d="2026-11-29 13:45", c="gmail_mobile", co="Tuteurs en entreprise : accompagner l'apprenti", inv=348,
     b="""<<g:Bonjour,>>
<<fu:J'ai perdu mes identifiants,>> <<fp:nom d'utilisateur et mot de passe.>>
<<t:Merci>>""",
     sig="Alexis Drevet – Drevet Menuiserie",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="lost both credentials of his manual account"),

dict(s="grenoble-inp-compte-inp-bouton", n="Rémi Carrel", a="remi.carrel@grenoble-inp.fr",
     d="2026-11-29 16:20", c="thunderbird", co="Le numérique responsable", inv=349,
     b="""<<g:Bonjour,>>

<<c:Enseignant-chercheur à Grenoble INP, je participe au parcours avec mon compte Grenoble INP.>> <<l:Sur la page de sélection, quel guichet dois-je choisir ?>>

<<t:Merci.>>""",
     sig="Rémi Carrel\nGrenoble INP – Ensimag",
     p="university", t=["login"], act="reply",
     why="higher-education staff with his INP account: purple button and the SUPIDP guichet"),

dict(s="owa-html-prive-connexion-directe-ou", n="Carine Faure", a="carine.faure@lycee-externat-notre-dame.fr",
     d="2026-11-30 08:10", c="owa", f="html", co="Évaluer par compétences", inv=350,
     b="""<<g:Bonjour,>>

<<c:Professeure dans un lycée privé, je n'ai pas d'identifiant académique et on m'a dit d'utiliser la connexion directe.>> <<l:Où se trouve-t-elle sur la page ?>>

<<t:Merci d'avance,>>""",
     sig="Carine Faure\nExternat Notre-Dame – Grenoble",
     p="other", t=["login"], act="reply",
     why="private-school teacher looking for the Connexion directe button"),

dict(s="orange-html-retraite-mdp-plus", n="Georges Allard", a="georges.allard@orange.fr",
     d="2026-11-30 11:40", c="orange", co="Devenir formateur EAFC", inv=351,
     b="""<<g:Bonjour>>
<<fp:Je ne me souviens plus de mon mot de passe.>> <<c:Mon nom d'utilisateur est gallard.>>
<<t:Merci>>""",
     sig="Georges Allard",
     p="other", t=["forgotten_password"], act="reply",
     why="forgotten password, username known"),

dict(s="yahoo-fwd-page-dit-compte-nexiste-pas", n="Ginette Lambert", a="ginette.lambert@yahoo.fr",
     d="2026-11-30 14:15", c="yahoo", q="fwd", co="Accueillir un élève allophone", inv=352,
     b="""<<g:Bonjour,>>
<<l:Je vous renvoie votre mail parce que quand je me connecte la page dit que mon compte n'existe pas.>>
<<t:Merci>>""",
     sig="Ginette Lambert",
     p="other", t=["login"], act="reply",
     why="'account does not exist' at login, no more detail: the other-case login section"),

dict(s="apple-img-tuteur-3-etapes", n="Stéphane Bouvard", a="stephane.bouvard@bouvard-sa.fr",
     d="2026-11-30 17:05", c="apple", img=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=353,
     b="""<<g:Bonjour,>>

<<fu:Je n'ai pas reçu de nom d'utilisateur.>> <<l:Faut-il passer par le bouton « Connexion directe » ?>> <<fc:Et la formation sera où ?>>

<<t:Merci>>""",
     sig="Stéphane Bouvard\nDirecteur technique – Bouvard SA",
     p="other", t=["forgotten_username", "login", "find_course"], act="reply",
     why="three guide steps for a company tutor"),

dict(s="zimbra-lyon-identifiant-et-mdp", n="Estelle Prudhomme", a="estelle.prudhomme@ac-lyon.fr",
     d="2026-12-01 09:25", c="zimbra", co="Prévention du harcèlement - pHARe", inv=354,
     b="""<<g:Bonjour,>>

<<c:CPE dans l'académie de Lyon,>> <<fu:je n'ai pas retrouvé le nom d'utilisateur>> <<fp:ni le mot de passe de mon compte M@gistère de Grenoble.>>

<<t:Cordialement,>>""",
     sig="Estelle Prudhomme",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="other-académie guest lost both credentials"),

dict(s="outlook-cp1252-img-parcours-introuvable-partenaire", n="Marion Tardy", a="m.tardy@maison-emploi-grenoble.fr",
     d="2026-12-01 11:50", c="outlook", cs="windows-1252", img=True, co="Orientation : le parcours Avenir", inv=355,
     b="""<<g:Bonjour,>>

<<c:Conseillère à la Maison de l’emploi, je suis bien connectée à M@gistère.>> <<fc:Je ne trouve pas le parcours Avenir dans la liste de mes formations.>>

<<t:Merci de votre aide,>>""",
     sig="Marion Tardy\nConseillère emploi-formation\nMaison de l’emploi Grenoble Alpes",
     p="other", t=["find_course"], act="reply",
     why="partner logged in, course not found"),

dict(s="parent-ipad-ou-taper-nom", n="Rose Achard", a="rose.achard@free.fr",
     d="2026-12-01 15:30", c="ipad", co="Parents d'élèves et école : coéducation", inv=356,
     b="""<<g:Bonjour,>>
<<c:J'ai mon nom d'utilisateur et mon mot de passe.>> <<l:Mais où est-ce que je les tape ?>>
<<t:Merci>>""",
     p="other", t=["login"], act="reply",
     why="parent has credentials, does not know where to enter them"),

dict(s="gmail-mdp-defaut-et-bouton", n="Julie Vasseur", a="julie.vasseur.asso@gmail.com",
     d="2026-12-01 18:45", c="gmail", co="Éducation à la sexualité", inv=357,
     b="""<<g:Bonjour,>>

<<fp:Quel est le mot de passe par défaut du compte ?>> <<l:Et il faut bien cliquer sur « Connexion directe à M@gistère » ?>>

<<t:Merci !>>""",
     sig="Julie Vasseur – Association Sidaction Isère",
     p="other", t=["forgotten_password", "login"], act="reply",
     why="default password and the right button"),

dict(s="tuteur-connexion-ok-formation-a-faire-quand", n="Patrick Morel", a="patrick.morel@morel-agri.fr",
     d="2026-12-02 07:15", c="outlook", co="Tuteurs en entreprise : accompagner l'apprenti", inv=358,
     b="""<<g:Bonjour,>>

<<c:La connexion fonctionne.>> <<fc:Je ne vois pas le parcours dans ma liste,>> <<o:et je voudrais savoir avant quelle date il faut avoir fini la partie en ligne.>>

<<t:Cordialement>>""",
     sig="Patrick Morel\nEARL Morel – Saint-Marcellin",
     p="other", t=["find_course"], act="escalate",
     why="course not found (guide) and a deadline question (human)"),

dict(s="deux-comptes-lequel-garder-apple", n="Lise Dumoulin", a="lise.dumoulin@icloud.com",
     d="2026-12-02 09:00", c="apple", co="Accueillir un élève allophone", inv=359,
     b="""<<g:Bonjour,>>

<<c:J'ai reçu deux mails avec deux comptes différents, « ldumoulin » et « lise.dumoulin1 ».>> <<l:Avec lequel dois-je me connecter ?>> <<c:Les deux fonctionnent, mais je ne vois la formation dans aucun.>> <<fc:Où est-elle ?>>

<<t:Merci>>""",
     sig="Lise Dumoulin",
     p="other", t=["login", "find_course"], act="escalate",
     why="two accounts and the course in neither: enrolment to check"),

dict(s="asso-coordonnees-formateur", n="Hakim Saidani", a="hakim.saidani@afev.org",
     d="2026-12-02 10:10", c="gmail_html", co="Accueillir un élève allophone", inv=360,
     b="""<<g:Bonjour,>>

<<o:Pourriez-vous me donner l'adresse mail de la formatrice ?>> <<c:J'ai une question sur le contenu du module 3.>>

<<t:Merci>>""",
     sig="Hakim Saidani – AFEV",
     p="other", t=[], act="escalate",
     why="asks the trainer's contact for a content question"),

dict(s="parent-dyslexique-accompagnant", n="Sabine Charlet", a="sabine.charlet@laposte.net",
     d="2026-12-02 11:25", c="roundcube", co="Parents d'élèves et école : coéducation", inv=361,
     b="""<<g:Bonjour,>>

<<c:Je suis dyslexique et les formulaires me posent problème.>> <<o:Mon mari peut-il m'aider à me connecter et à suivre la formation avec moi, sans être inscrit ?>>

<<t:Merci de votre compréhension>>""",
     sig="Sabine Charlet",
     p="other", t=[], act="escalate",
     why="asks whether someone not enrolled may assist her: a human decision"),

dict(s="connexion-page-blanche-safari", n="Éric Vidal", a="eric.vidal@me.com",
     d="2026-12-02 12:40", c="iphone", co="Égalité filles-garçons", inv=362,
     b="""<<g:Bonjour>>
<<l:Après avoir cliqué sur Connexion directe, j'ai une page blanche sur Safari.>> <<c:Même chose sur mon Mac.>>
<<t:Merci>>""",
     p="other", t=["login"], act="escalate",
     why="blank page after the login button: a technical problem"),

dict(s="tuteur-aucun-mail-bienvenue-et-adresse-pro", n="David Gonnet", a="david.gonnet@gonnet-plaquiste.fr",
     d="2026-12-02 13:30", c="samsung", co="Tuteurs en entreprise : accompagner l'apprenti", inv=363,
     b="""<<g:Bonjour>>
<<fp:J'ai demandé un nouveau mot de passe,>> <<c:rien reçu.>> <<o:Peut-être que mon compte est sur mon ancienne adresse de l'entreprise Roche, pouvez-vous vérifier ?>>
<<c:David Gonnet>>""",
     p="other", t=["forgotten_password"], act="escalate",
     why="recovery mail probably sent to an old address: account data to check"),

dict(s="formation-enseignant-prive-hors-contrat-droit", n="Thérèse Carlin", a="therese.carlin@cours-carlin.fr",
     d="2026-12-02 14:05", c="outlook_old", cs="cp1252-as-latin1", co="Évaluer par compétences", inv=364,
     b="""<<g:Bonjour,>>

<<o:Je dirige un cours privé hors contrat : ai-je vraiment le droit de suivre cette formation de l’académie ?>> <<o:Et est-ce que mes deux collègues peuvent s’inscrire ?>>

<<t:Merci d’avance>>""",
     sig="Thérèse Carlin\nCours Carlin – Annecy",
     p="other", t=[], act="escalate",
     why="eligibility and registration of colleagues"),

dict(s="vacances-yahoo-auto", n="Denis Rochas", a="denis.rochas@yahoo.fr",
     d="2026-11-23 08:00", c="yahoo", q="none", thr=True, co="Laïcité et valeurs de la République", inv=365,
     subj="Re: Invitation : Laïcité et valeurs de la République", tagline=False,
     hdr={"Auto-Submitted": "auto-replied"},
     b="""<<r:Je suis en voyage jusqu'au 10 décembre.>> <<r:Je lirai votre message à mon retour.>> <<r:Denis Rochas>>""",
     p="other", t=[], act="ignore",
     why="Yahoo vacation responder"),

dict(s="ok-cest-fait-merci-zimbra", n="Anne Michalet", a="anne.michalet@free.fr",
     d="2026-11-24 09:30", c="zimbra", q="none", thr=True, co="Égalité filles-garçons", inv=366,
     subj="Re: Invitation : Égalité filles-garçons",
     b="""<<g:Bonjour,>>
<<c:OK c'est fait, j'ai pu rejoindre le parcours.>>
<<t:Merci !>>""",
     sig="Anne",
     p="other", t=[], act="ignore",
     why="done, closes the matter"),

dict(s="bounce-orange-mailbox-disabled", p="other", t=[], act="ignore",
     why="Orange bounce: mailbox disabled",
     raw="""Return-Path: <>
Received: from opmta1mto11nd1.mail.orange.fr (opmta1mto11nd1.mail.orange.fr [80.12.242.211])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QVb0f3MpR
	for <formation-magistere@ac-grenoble.fr>; Wed, 25 Nov 2026 10:05:17 +0100
From: Mail Delivery System <MAILER-DAEMON@orange.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Undelivered Mail Returned to Sender
Date: Wed, 25 Nov 2026 10:05:17 +0100
Message-ID: <20261125090517.1C2B51C00054@opmta1mto11nd1.mail.orange.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1C2B51C00054.1764061517/opmta1mto11nd1.mail.orange.fr"

--1C2B51C00054.1764061517/opmta1mto11nd1.mail.orange.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

<<r:This is the mail system at host opmta1mto11nd1.mail.orange.fr.>>

<<r:<jeanne.odier@wanadoo.fr>: host smtp-in.orange.fr[193.252.22.84] said: 550 5.2.1 Boite du destinataire archivee. Mailbox disabled.>>

--1C2B51C00054.1764061517/opmta1mto11nd1.mail.orange.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; opmta1mto11nd1.mail.orange.fr

Final-Recipient: rfc822; jeanne.odier@wanadoo.fr
Action: failed
Status: 5.2.1

--1C2B51C00054.1764061517/opmta1mto11nd1.mail.orange.fr--
"""),

dict(s="exchange-ooo-conge-parental", n="Romain Teste", a="romain.teste@schneider-grenoble.fr",
     d="2026-11-26 09:00", c="outlook", q="none", thr=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=367,
     subj="Réponse automatique : Invitation : Tuteurs en entreprise : accompagner l'apprenti",
     hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
     b="""<<r:Bonjour, je suis en congé parental jusqu'au 4 janvier.>> <<r:Pour le suivi des apprentis, contactez Mme Caroline Vial (caroline.vial@schneider-grenoble.fr).>>""",
     p="other", t=[], act="ignore",
     why="Exchange out-of-office (parental leave)"),

dict(s="merci-sympa-samsung", n="Morgane Pelletier", a="morgane.pelletier@sfr.fr",
     d="2026-11-26 20:40", c="samsung", q="none", thr=True, co="Accompagner les PFMP en lycée professionnel", inv=368,
     subj="RE: Invitation : Accompagner les PFMP en lycée professionnel",
     b="""<<t:Merci c'est sympa,>> <<c:j'ai réussi à me connecter>>""",
     p="other", t=[], act="ignore",
     why="thanks after success"),

dict(s="outlookcom-html-find-deux-boutons-connexion", n="Mathilde Ravier", a="mathilde.ravier@outlook.fr",
     d="2026-11-27 20:15", c="outlookcom", co="Éducation au développement durable", inv=369,
     b="""<<g:Bonsoir,>>

<<c:Bénévole au jardin partagé de l'école,>> <<l:je ne sais pas lequel des boutons de connexion me concerne.>> <<c:J'ai reçu un nom d'utilisateur par mail.>>

<<t:Merci>>""",
     sig="Mathilde Ravier",
     p="other", t=["login"], act="reply",
     why="volunteer with a manual account: Connexion directe"),

dict(s="gmail-html-prof-lyon-nom-mdp-parcours", n="Nicolas Berthon", a="nicolas.berthon.lyon@gmail.com",
     d="2026-11-28 21:05", c="gmail_html", co="Enseigner l'oral au lycée professionnel", inv=370,
     b="""<<g:Bonsoir,>>

<<c:Professeur de l'académie de Lyon inscrit comme invité,>> <<fu:j'ai oublié mon nom d'utilisateur>> <<fp:et mon mot de passe,>> <<fc:et je voudrais savoir où sera la formation une fois connecté.>>

<<t:Merci beaucoup>>""",
     sig="Nicolas Berthon",
     p="other", t=["forgotten_username", "forgotten_password", "find_course"], act="reply",
     why="other-académie guest: both credentials and where the course is"),

dict(s="orange-html-latin1-img-tuteur-se-former", n="Frédérique Charrel", a="frederique.charrel@wanadoo.fr",
     d="2026-11-29 07:45", c="orange", cs="iso-8859-1", e="quoted-printable", img=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=371,
     b="""<<g:Bonjour,>>
<<c:Tutrice d'une apprentie fleuriste, je suis connectée avec mon compte invité.>> <<fc:Je ne vois que mes parcours « Se former » des années passées et pas la formation des tuteurs de cette année.>> <<fc:Comment la faire apparaître ?>>
<<t:Merci>>""",
     sig="Frédérique Charrel\nFleurs de Chartreuse – Saint-Laurent-du-Pont",
     p="other", t=["find_course"], act="reply",
     why="tutor only sees older 'Se former' courses: step 3 (search, list of all courses)"),
]
