# Batch 8
MESSAGES = [
dict(s="outlookcom-html-seulement-se-connecter", n="Noémie Gauthier", a="noemie.gauthier@live.fr",
     d="2026-11-28 18:20", c="outlookcom", co="Théâtre à l'école : partenariats culturels", inv=284,
     b="""<<g:Bonjour,>>

<<l:Je ne vois pas de bouton « Connexion directe », seulement un lien « Se connecter » en haut à droite de la page.>> <<l:Est-ce le même ?>>

<<t:Merci !>>""",
     sig="Noémie Gauthier\nPlasticienne intervenante",
     p="other", t=["login"], act="reply",
     why="artist with a guest account cannot find the Connexion directe button"),

dict(s="orange-latin1-mdp-date-naissance", n="Sylviane Rostaing", a="sylviane.rostaing@orange.fr",
     d="2026-11-29 08:40", c="orange", cs="iso-8859-1", co="Parents d'élèves et école : coéducation", inv=285,
     b="""<<g:Bonjour,>>
<<fp:Le mot de passe par défaut, c'est ma date de naissance ?>> <<c:J'ai essayé et ça ne marche pas.>>
<<t:Merci>>""",
     sig="Sylviane Rostaing – parent d'élève",
     p="other", t=["forgotten_password"], act="reply",
     why="parent guesses a default password: manual accounts get a password by mail, new one via the recovery page"),

dict(s="gmail-html-img-prenom-nom-ext", n="Olivia Marchal", a="olivia.marchal.coach@gmail.com",
     d="2026-11-29 10:05", c="gmail_html", img=True, co="Orientation : le parcours Avenir", inv=286,
     b="""<<g:Bonjour,>>

<<c:J'ai reçu un identifiant du type « olivia.marchal.ext ».>> <<fu:C'est bien ça que je dois mettre comme nom d'utilisateur, et pas mon adresse mail ?>>

<<t:Merci beaucoup !>>""",
     sig="Olivia Marchal\nCoach en orientation – Cap Avenir\nwww.cap-avenir-coaching.fr",
     p="other", t=["forgotten_username"], act="reply",
     why="external coach checks which identifier is hers"),

dict(s="apple-douze-formations-se-former", n="Fabienne Lacour", a="fabienne.lacour@mac.com",
     d="2026-11-29 13:30", c="apple", co="École inclusive : les besoins éducatifs particuliers", inv=287,
     b="""<<g:Bonjour,>>

<<c:En arrivant sur M@gistère, je tombe sur « Se former » avec une douzaine de formations (j'ai été formatrice associée pendant des années).>> <<fc:Je ne retrouve pas celle sur l'école inclusive dans tout ça.>>

<<t:Merci de votre aide,>>""",
     sig="Fabienne Lacour",
     p="other", t=["find_course"], act="reply",
     why="many courses listed; the search tool of step 3"),

dict(s="samsung-bouton-bleu-utilisateur-inconnu", n="Mickaël Peyrard", a="mickael.peyrard@sfr.fr",
     d="2026-11-29 17:12", c="samsung", co="Tuteurs en entreprise : accompagner l'apprenti", inv=288,
     b="""<<g:Bonjour>>
<<l:J'ai cliqué sur le bouton bleu et j'ai mis mon nom d'utilisateur, ça dit "utilisateur inconnu".>>
<<c:Mickaël, tuteur chez Peyrard Couverture>>""",
     p="other", t=["login"], act="reply",
     why="tutor used the academic button: 'utilisateur inconnu'; the other case uses Connexion directe"),

dict(s="yahoo-perdue-sur-tout", n="Germaine Vial", a="germaine.vial@yahoo.fr",
     d="2026-11-30 09:18", c="yahoo", co="Accueillir un élève allophone", inv=289,
     b="""<<g:Bonjour,>>

<<c:Je suis retraitée et bénévole au Secours catholique.>> <<fu:Je ne connais pas mon nom d'utilisateur,>> <<fp:je n'ai pas de mot de passe,>> <<l:je ne sais pas sur quoi cliquer pour me connecter>> <<fc:et je ne saurais pas où trouver la formation ensuite.>> <<u:Pouvez-vous tout m'expliquer depuis le début ?>>

<<t:Merci de votre patience>>""",
     sig="Germaine Vial",
     p="other", t=["forgotten_username", "forgotten_password", "login", "find_course"], act="reply",
     why="lost at every step: the whole other-case path of the guide answers"),

dict(s="thunderbird-latin1-nom-et-ou-parcours", n="Bernard Chavant", a="bernard.chavant@club-internet.fr",
     d="2026-11-30 11:45", c="thunderbird", cs="iso-8859-1", e="8bit", co="Éducation au développement durable", inv=290,
     b="""<<g:Bonjour,>>

<<c:Bénévole à la FRAPNA,>> <<fu:j'ai égaré mon nom d'utilisateur M@gistère.>> <<fc:Une fois connecté, la formation sera-t-elle directement sur la page d'accueil ?>>

<<t:Merci d'avance>>""",
     sig="Bernard Chavant",
     p="other", t=["forgotten_username", "find_course"], act="reply",
     why="partner lost his username and asks where the course will be"),

dict(s="besancon-mdp-et-bouton", n="Chloé Maréchal", a="chloe.marechal@ac-besancon.fr",
     d="2026-11-30 14:02", c="zimbra", co="Prévention du harcèlement - pHARe", inv=291,
     b="""<<g:Bonjour,>>

<<c:Professeure documentaliste de l'académie de Besançon,>> <<fp:je n'ai plus le mot de passe de mon compte invité chez vous,>> <<l:et je ne suis plus sûre du bouton à utiliser sur la page de connexion.>>

<<t:Merci,>>""",
     sig="Chloé Maréchal",
     p="other", t=["forgotten_password", "login"], act="reply",
     why="other-académie guest: forgotten password and which button"),

dict(s="lyon-ent-lycee-formation-absente", n="Paul Andrieux", a="paul.andrieux@ac-lyon.fr",
     d="2026-11-30 16:35", c="outlook", co="Enseigner l'oral au lycée professionnel", inv=292,
     b="""<<g:Bonjour,>>

<<l:Je suis passé par l'ENT de mon lycée (académie de Lyon) pour aller sur M@gistère,>> <<fc:et je ne vois pas du tout la formation de Grenoble dans mes parcours.>>

<<t:Merci de votre aide.>>""",
     sig="Paul Andrieux\nLycée professionnel Marcel Sembat – Vénissieux",
     p="other", t=["login", "find_course"], act="reply",
     why="other-académie teacher went through his own ENT: the Grenoble address, Connexion directe, step 3"),

dict(s="gmail-html-mdp-oublie-simple", n="Adèle Fournier", a="adele.fournier.asso@gmail.com",
     d="2026-11-30 20:00", c="gmail_html", co="Éducation à la sexualité", inv=293,
     b="""<<g:Bonsoir,>>
<<fp:j'ai oublié mon mot de passe pour la connexion directe.>> <<fp:Pouvez-vous m'indiquer la marche à suivre ?>>
<<t:Merci>>""",
     sig="Adèle – Association Couleurs Santé",
     p="other", t=["forgotten_password"], act="reply",
     why="forgotten password of a manual account"),

dict(s="mail-bienvenue-nom-utilisateur", n="Francis Girerd", a="francis.girerd@wanadoo.fr",
     d="2026-12-01 08:50", c="outlook_old", cs="cp1252-as-latin1", co="Laïcité et valeurs de la République", inv=294,
     b="""<<g:Bonjour,>>

<<c:J’ai reçu un mail « Bienvenue sur M@gistère » quelques jours avant votre invitation.>> <<fu:Le nom d’utilisateur qui y figure est-il celui que je dois utiliser ?>>

<<t:Merci,>>""",
     sig="Francis Girerd",
     p="other", t=["forgotten_username"], act="reply",
     why="asks whether the username of the welcome mail is his: yes, notified by mail"),

dict(s="english-partner-which-button", n="Oliver Hughes", a="oliver.hughes@educ-exchange.org.uk",
     d="2026-12-01 10:30", c="apple", co="Langues vivantes : enseigner en DNL", inv=295,
     b="""<<g:Hello,>>

<<c:I am an English language assistant coordinator working with schools in Savoie.>> <<l:Which button should I use to log in?>> <<c:I don't have a French teacher account, only the username you sent me.>>

<<t:Many thanks,>>""",
     sig="Oliver Hughes\nEduc Exchange UK",
     p="other", t=["login"], act="reply",
     why="English-speaking partner with a guest username asks which button"),

dict(s="cliquer-sur-le-titre", n="Margaux Vernet", a="margaux.vernet@laposte.net",
     d="2026-12-01 12:15", c="roundcube", co="Égalité filles-garçons", inv=296,
     b="""<<g:Bonjour,>>
<<c:Je vois la liste de mes parcours.>> <<fc:Faut-il cliquer sur le titre de la formation pour y entrer ?>>
<<t:Merci>>""",
     sig="Margaux Vernet – animatrice, Centre social Abbaye",
     p="other", t=["find_course"], act="reply",
     why="asks how to join the course from the list: step 3"),

dict(s="iphone-creer-un-compte", n="Lina Moreau", a="lina.moreau@icloud.com",
     d="2026-12-01 14:48", c="iphone", co="Théâtre à l'école : partenariats culturels", inv=297,
     b="""<<g:Bonjour>>
<<l:Faut-il que je crée un compte sur la page de connexion ?>> <<c:Je suis conteuse et je n'ai jamais utilisé M@gistère.>>
<<t:Merci>>""",
     p="other", t=["login"], act="reply",
     why="guest asks whether to create an account: it was created manually, Connexion directe"),

dict(s="samsung-html-sms-nom-mdp", n="Kenza Amrani", a="kenza.amrani@sfr.fr",
     d="2026-12-01 21:30", c="samsung", f="html", co="Parents d'élèves et école : coéducation", inv=298,
     b="""<<g:bsr>>
<<fu:jai pa mon identifiant>> <<fp:ni le mdp>> <<fu:comment on fé>>""",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="parent, SMS style, HTML-only Samsung: neither username nor password"),

dict(s="ipad-taper-adresse-dans-google", n="Lucien Berthollet", a="lucien.berthollet@free.fr",
     d="2026-12-02 08:20", c="ipad", co="Laïcité et valeurs de la République", inv=299,
     b="""<<g:Bonjour,>>
<<l:Faut-il taper l'adresse de M@gistère dans Google pour y aller ?>> <<c:Le lien de votre mail ne s'ouvre pas sur ma tablette.>>
<<t:Merci>>""",
     p="other", t=["login"], act="reply",
     why="where to type the platform address: the guide says the browser's address bar"),

dict(s="owa-base64-img-intervenant-mdp", n="Vincent Rostain", a="vincent.rostain@mnhn-grenoble.fr",
     d="2026-12-02 09:40", c="owa", img=True, co="Sciences et éducation artistique", inv=300,
     b="""<<g:Bonjour,>>

<<c:Intervenant scientifique dans votre parcours,>> <<fp:je ne retrouve plus le mot de passe qui m'a été envoyé.>>

<<t:Merci d'avance>>""",
     sig="Vincent Rostain\nMuséum de Grenoble – Service éducatif",
     p="other", t=["forgotten_password"], act="reply",
     why="external speaker lost his password"),

dict(s="mdp-provisoire-faut-il-changer", n="Arlette Martel", a="arlette.martel@gmail.com",
     d="2026-11-16 11:10", c="gmail", co="Accueillir un élève allophone", inv=301,
     b="""<<g:Bonjour,>>

<<c:J'ai bien reçu mon nom d'utilisateur et un mot de passe.>> <<o:Ce mot de passe est-il provisoire ? Dois-je le changer moi-même, et si oui où ?>>

<<t:Merci>>""",
     sig="Arlette Martel",
     p="other", t=[], act="escalate",
     why="asks how to change a working password: the guide does not cover changing it"),

dict(s="inscrit-deux-sessions", n="Damien Ferrero", a="damien.ferrero@fcpe38.fr",
     d="2026-11-16 15:42", c="thunderbird", co="Parents d'élèves et école : coéducation", inv=302,
     b="""<<g:Bonjour,>>

<<fc:Dans ma liste la formation apparaît deux fois, avec deux sessions différentes (novembre et janvier).>> <<o:Dans laquelle suis-je censé être ?>>

<<t:Merci.>>""",
     sig="Damien Ferrero – FCPE Isère",
     p="other", t=["find_course"], act="escalate",
     why="enrolled in two sessions: only a human knows which one is his"),

dict(s="parent-rgpd-donnees", n="Agnès Colomb", a="agnes.colomb@protonmail.com",
     d="2026-11-17 09:55", c="thunderbird", co="Parents d'élèves et école : coéducation", inv=303,
     b="""<<g:Bonjour,>>

<<o:Je n'ai pas donné mon accord pour qu'un compte soit créé à mon nom sur votre plateforme.>> <<o:Merci de m'indiquer quelles données vous conservez et de supprimer ce compte si je ne participe pas.>>""",
     sig="A. Colomb",
     p="other", t=[], act="escalate",
     why="personal data / account deletion request"),

dict(s="entreprise-bloque-site", n="Christian Bellet", a="christian.bellet@st-crolles.fr",
     d="2026-11-17 13:25", c="outlook", co="Tuteurs en entreprise : accompagner l'apprenti", inv=304,
     b="""<<g:Bonjour,>>

<<l:Depuis mon poste au travail, la page M@gistère est bloquée par notre pare-feu (« site non autorisé »).>> <<o:Y a-t-il une adresse à faire autoriser par notre service informatique ?>>

<<t:Cordialement,>>""",
     sig="Christian Bellet\nTuteur – STMicroelectronics Crolles",
     p="other", t=["login"], act="escalate",
     why="a company firewall blocks the site: technical question for a human"),

dict(s="fait-ce-que-vous-avez-dit", n="Lucette Peyronnet", a="lucette.peyronnet@orange.fr",
     d="2026-11-17 18:05", c="orange", q="none", thr=True, co="Accueillir un élève allophone", inv=305,
     subj="RE: Re: Invitation : Accueillir un élève allophone",
     b="""<<g:Bonjour>>
<<u:J'ai fait ce que vous m'avez dit mais ça ne va toujours pas.>>""",
     sig="Lucette Peyronnet",
     p="other", t=[], act="escalate",
     why="follow-up without saying what fails: unclear"),

dict(s="quiz-bloque", n="Hervé Garin", a="herve.garin@prevention-routiere.fr",
     d="2026-11-18 10:40", c="gmail", co="Premiers secours en milieu scolaire", inv=306,
     b="""<<g:Bonjour,>>

<<c:Intervenant pour la Prévention routière, je suis dans le parcours.>> <<o:Le quiz du module 2 reste bloqué à 50 % et je ne peux pas passer au module suivant.>>

<<t:Merci de votre aide>>""",
     sig="Hervé Garin",
     p="other", t=[], act="escalate",
     why="a bug inside the course"),

dict(s="pas-la-formation-demandee", n="Sophie Renaud", a="sophie.renaud@ac-dijon.fr",
     d="2026-11-18 14:18", c="zimbra", co="Enseigner l'oral au lycée professionnel", inv=307,
     b="""<<g:Bonjour,>>

<<o:Je suis inscrite à cette formation mais ce n'est pas celle que j'avais demandée (je voulais « Évaluer par compétences »).>> <<o:Pouvez-vous corriger mon inscription ?>>

<<t:Merci,>>""",
     sig="Sophie Renaud\nAcadémie de Dijon",
     p="other", t=[], act="escalate",
     why="wrong course: registration change"),

dict(s="malvoyant-connexion-accessibilite-cp1252", n="Guy Perret", a="guy.perret@avh-grenoble.fr",
     d="2026-11-18 16:50", c="outlook", cs="windows-1252", e="quoted-printable", co="École inclusive : les besoins éducatifs particuliers", inv=308,
     b="""<<g:Bonjour,>>

<<c:Je suis malvoyant et j’interviens pour l’association Valentin Haüy.>> <<l:Je n’arrive pas à me connecter : mon lecteur d’écran ne trouve pas le bouton de connexion directe.>> <<o:Existe-t-il une version accessible de la plateforme ?>>

<<t:Merci>>""",
     sig="Guy Perret\nAssociation Valentin Haüy – Comité de Grenoble",
     p="other", t=["login"], act="escalate",
     why="accessibility problem with the screen reader: needs a human"),

dict(s="gmail-vacances-parent", n="Camille Bonnet", a="camille.bonnet.parent@gmail.com",
     d="2026-11-19 08:00", c="gmail", q="none", thr=True, co="Parents d'élèves et école : coéducation", inv=309,
     subj="Re: Invitation : Parents d'élèves et école : coéducation",
     hdr={"Auto-Submitted": "auto-replied"},
     b="""<<r:Bonjour, je suis en vacances sans connexion jusqu'au 25 novembre.>> <<r:Merci de votre message.>>""",
     p="other", t=[], act="ignore",
     why="Gmail vacation responder"),

dict(s="bounce-yahoo", p="other", t=[], act="ignore",
     why="Yahoo non-delivery message",
     raw="""Return-Path: <>
Received: from sonic.yahoo.com (sonic312-22.consmr.mail.ir2.yahoo.com [77.238.177.148])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QSb8k0RdZ
	for <formation-magistere@ac-grenoble.fr>; Thu, 19 Nov 2026 12:14:30 +0100
From: MAILER-DAEMON@yahoo.com
To: formation-magistere@ac-grenoble.fr
Subject: Failure Notice
Date: Thu, 19 Nov 2026 11:14:29 +0000
Message-ID: <1763550869.112233.yahoo.failure@sonic.yahoo.com>
X-Failed-Recipients: jeanmi.roux38@yahoo.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

<<r:Sorry, we were unable to deliver your message to the following address.>>

<<r:<jeanmi.roux38@yahoo.fr>:>>
<<r:554: delivery error: dd This user doesn't have a yahoo.fr account (jeanmi.roux38@yahoo.fr) [0] - mta1022.mail.ir2.yahoo.com>>

--- Below this line is a copy of the message.

From: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
To: jeanmi.roux38@yahoo.fr
Subject: Invitation : Laicite et valeurs de la Republique
Message-ID: <invitation-2026-310@ac-grenoble.fr>
"""),

dict(s="outlookcom-merci-tres-clair", n="Coralie Besson", a="coralie.besson@outlook.com",
     d="2026-11-19 19:25", c="outlookcom", q="none", thr=True, co="Éducation à la sexualité", inv=311,
     subj="RE: Invitation : Éducation à la sexualité",
     b="""<<t:Merci beaucoup, très clair !>> <<c:J'ai pu me connecter.>>""",
     sig="Coralie",
     p="other", t=[], act="ignore",
     why="thanks, solved"),

dict(s="zimbra-accuse-lecture", p="other", t=[], act="ignore",
     why="read receipt from a Zimbra webmail (MDN)",
     raw="""Return-Path: <nicole.blanc@mairie-sassenage.fr>
Received: from zimbra.mairie-sassenage.fr (zimbra.mairie-sassenage.fr [81.250.99.12])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QSf2n3TxB
	for <formation-magistere@ac-grenoble.fr>; Thu, 19 Nov 2026 14:40:00 +0100
From: Nicole Blanc <nicole.blanc@mairie-sassenage.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: =?utf-8?Q?Accus=C3=A9_de_lecture_:_Invitation_:_Premiers_secours_en_milieu_scolaire?=
Date: Thu, 19 Nov 2026 14:39:58 +0100
Message-ID: <1204517788.88120.1763559598000.JavaMail.zimbra@mairie-sassenage.fr>
X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_Part_88121_1763559598000"

------=_Part_88121_1763559598000
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

<<r:Votre message à nicole.blanc@mairie-sassenage.fr intitulé « Invitation : Premiers secours en milieu scolaire » a été lu le 19/11/2026 à 14:39.>>

------=_Part_88121_1763559598000
Content-Type: message/disposition-notification

Reporting-UA: ZimbraWebClient
Original-Recipient: rfc822;nicole.blanc@mairie-sassenage.fr
Final-Recipient: rfc822;nicole.blanc@mairie-sassenage.fr
Original-Message-ID: <invitation-2026-312@ac-grenoble.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_Part_88121_1763559598000--
"""),

dict(s="newsletter-edtech-vendor", p="other", t=[], act="ignore",
     why="commercial newsletter with List-Unsubscribe",
     raw="""Return-Path: <bounces+28812@em.klassroom-pro.com>
Received: from o1.em.klassroom-pro.com (o1.em.klassroom-pro.com [167.89.12.44])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QSh0p7VwC
	for <formation-magistere@ac-grenoble.fr>; Thu, 19 Nov 2026 16:00:03 +0100
From: "KlassRoom Pro" <news@klassroom-pro.com>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Nouveaut=C3=A9_:_cr=C3=A9ez_vos_quiz_en_2_clics_!?=
Date: Thu, 19 Nov 2026 15:00:01 +0000
Message-ID: <20261119150001.28812@em.klassroom-pro.com>
List-Unsubscribe: <https://klassroom-pro.com/unsubscribe/28812>, <mailto:unsub-28812@em.klassroom-pro.com>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><h1><<r:Cr=C3=A9ez vos quiz en 2 clics>></h1><p><<r:D=C3=A9couvrez la nouvelle version de KlassRoom Pro, gratuite pour les formateurs jusqu'au 31 d=C3=A9cembre.>></p><p><a href=3D"https://klassroom-pro.com/essai"><<r:Je teste gratuitement>></a></p></body></html>
""", qpc="utf-8"),
]
