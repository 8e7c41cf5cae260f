# Batch 1: guest-account voices, mixed clients. Each dict = one imagined sender, text by hand.
MESSAGES = [
dict(s="intervenante-theatre-quel-identifiant", n="Maëlle Garnier", a="maelle.garnier.cie@gmail.com",
     d="2026-11-03 21:14", c="gmail", co="Théâtre à l'école : partenariats culturels", inv=101,
     b="""<<g:Bonjour,>>

<<c:Je suis comédienne à la compagnie Les Tréteaux du Grésivaudan et j'interviens dans la formation.>> <<fu:J'ai reçu il y a quelques semaines un mail de M@gistère avec un nom d'utilisateur, mais je ne sais pas si mon identifiant c'est ce nom-là ou bien mon adresse gmail ?>> <<fu:Lequel dois-je taper ?>>

<<t:Merci beaucoup>>""",
     sig="Maëlle Garnier\nCie Les Tréteaux du Grésivaudan\n06 71 24 88 09",
     p="other", t=["forgotten_username"], act="reply",
     why="external artist with a manual account unsure which identifier is hers; the 'autre cas' section answers"),

dict(s="retraitee-mdp-par-defaut-orange", n="Colette Brunet", a="colette.brunet38@orange.fr",
     d="2026-11-04 10:02", c="orange", co="Accueillir un élève allophone", inv=102,
     b="""<<g:Bonjour,>>
<<c:Je suis professeure des écoles retraitée depuis juin et je reste bénévole auprès des élèves allophones de ma commune.>> <<c:Mon ancienne adresse académique ne fonctionne plus et on m'a dit qu'un compte avait été créé pour moi.>> <<fp:Quel est le mot de passe par défaut ?>> <<fp:Je n'en ai aucun.>>
<<t:Merci de votre aide.>>""",
     sig="Colette Brunet",
     p="other", t=["forgotten_password"], act="reply",
     why="retired teacher now on a manual account asks the default password: credentials sent by mail / reset link"),

dict(s="tuteur-entreprise-bouton-connexion-directe", n="Jérôme Vasseur", a="j.vasseur@menuiserie-vasseur.fr",
     d="2026-11-05 07:48", c="outlook", img=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=103,
     b="""<<g:Bonjour,>>

<<c:Je suis tuteur d'un apprenti en CAP menuiserie.>> <<l:Sur la page de connexion je vois un bouton bleu et un bouton violet mais pas de « Connexion directe ».>> <<l:Où se trouve-t-il ?>>

<<t:Merci d'avance.>>""",
     sig="Cordialement,\n\nJérôme Vasseur\nGérant – Menuiserie Vasseur SARL\nZA des Glairons – 38400 Saint-Martin-d'Hères\nTél. 04 76 42 19 30",
     p="other", t=["login"], act="reply",
     why="company tutor cannot find the 'Connexion directe' button; login section for the other case"),

dict(s="parent-fcpe-deux-comptes", n="Sandrine Moulin", a="sandrine.moulin@laposte.net",
     d="2026-11-05 20:31", c="roundcube", co="Parents d'élèves et école : coéducation", inv=104,
     b="""<<g:Bonjour,>>

<<c:Je suis représentante des parents d'élèves FCPE au collège Jules Vallès.>> <<c:J'ai déjà un compte M@gistère d'une formation de l'an dernier, et j'ai reçu un nouveau mail avec un deuxième nom d'utilisateur.>> <<l:Lequel des deux comptes dois-je utiliser pour cette formation ?>> <<o:Et est-ce qu'on peut supprimer l'ancien ?>>

<<t:Merci>>""",
     sig="Sandrine Moulin",
     p="other", t=["login"], act="escalate",
     why="two manual accounts: the guide cannot say which one is enrolled, and deleting an account is a human request"),

dict(s="absence-exchange-entreprise", n="Karim Benali", a="karim.benali@alpes-logistique.com",
     d="2026-11-06 09:00", c="outlook", q="none", thr=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=103,
     subj="Réponse automatique : Invitation : Tuteurs en entreprise : accompagner l'apprenti",
     hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
          "X-MS-Exchange-Inbox-Rules-Loop": "karim.benali@alpes-logistique.com"},
     b="""<<r:Bonjour,>>

<<r:Je suis absent du bureau jusqu'au 16 novembre inclus, avec un accès limité à mes mails.>>
<<r:Pour toute urgence, merci de contacter le service RH au 04 76 88 12 00.>>

<<r:Cordialement,>>
<<r:Karim Benali>>""",
     p="other", t=[], act="ignore",
     why="Exchange out-of-office with Auto-Submitted and X-Auto-Response-Suppress"),

dict(s="academie-lyon-compte-inexistant", n="Hélène Faure", a="helene.faure@ac-lyon.fr",
     d="2026-11-06 14:22", c="zimbra", co="Devenir formateur EAFC", inv=105,
     b="""<<g:Bonjour,>>

<<c:Je suis formatrice dans l'académie de Lyon et inscrite à ce parcours en tant que stagiaire invitée.>> <<l:J'ai cliqué sur le bouton bleu « Connexion » et j'ai mis mon identifiant de l'académie de Lyon, mais la page m'indique que mon compte n'existe pas.>> <<l:Comment dois-je faire pour me connecter ?>>

<<t:Merci par avance.>>""",
     sig="Hélène Faure\nFormatrice académique - DAFOR Lyon",
     p="other", t=["login"], act="reply",
     why="staff of another académie used the academic button; guide: other case uses 'Connexion directe'"),

dict(s="prive-hors-contrat-se-former-seulement", n="Bertrand Leclerc", a="b.leclerc@ecole-montessori-voiron.fr",
     d="2026-11-07 17:05", c="thunderbird", co="École inclusive : les besoins éducatifs particuliers", inv=106,
     b="""<<g:Bonjour,>>

<<c:J'enseigne dans une école privée hors contrat et j'ai bien réussi à me connecter avec la connexion directe.>> <<fc:Par contre sur la page d'accueil je ne vois qu'un menu « Se former » et la formation sur l'école inclusive n'y apparaît pas.>> <<fc:Où est-elle ?>>

<<t:Bonne soirée et merci>>""",
     sig="Bertrand Leclerc\nÉcole Montessori du Pays Voironnais",
     p="other", t=["find_course"], act="reply",
     why="logged in guest cannot find the course in his list; step 3 (list, search, 'Tous mes parcours')"),

dict(s="bounce-orange-adresse-inconnue", p="other", t=[], act="ignore",
     why="non-delivery report from Orange for an invitation (multipart/report, empty Return-Path)",
     raw="""Return-Path: <>
Received: from opmta1mto22nd1.mail.orange.fr (opmta1mto22nd1.mail.orange.fr [80.12.242.222])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4Q8ZK21TPz
	for <formation-magistere@ac-grenoble.fr>; Sat, 07 Nov 2026 08:14:07 +0100
From: Mail Delivery System <MAILER-DAEMON@orange.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Undelivered Mail Returned to Sender
Date: Sat, 07 Nov 2026 08:14:07 +0100
Message-ID: <20261107071407.3F1A41C00083@opmta1mto22nd1.mail.orange.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F1A41C00083.1762499647/opmta1mto22nd1.mail.orange.fr"

This is a MIME-encapsulated message.

--3F1A41C00083.1762499647/opmta1mto22nd1.mail.orange.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

<<r:This is the mail system at host opmta1mto22nd1.mail.orange.fr.>>

<<r:I'm sorry to have to inform you that your message could not be delivered to one or more recipients.>>

<<r:<gerard.picot38@orange.fr>: host smtp-in.orange.fr[193.252.22.65] said: 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.>>

--3F1A41C00083.1762499647/opmta1mto22nd1.mail.orange.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; opmta1mto22nd1.mail.orange.fr
Arrival-Date: Sat,  7 Nov 2026 08:14:05 +0100 (CET)

Final-Recipient: rfc822; gerard.picot38@orange.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Adresse d au moins un destinataire invalide.

--3F1A41C00083.1762499647/opmta1mto22nd1.mail.orange.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
To: gerard.picot38@orange.fr
Subject: Invitation : Laique et valeurs de la Republique
Message-ID: <invitation-2026-107@ac-grenoble.fr>
Date: Sat, 07 Nov 2026 08:14:00 +0100

--3F1A41C00083.1762499647/opmta1mto22nd1.mail.orange.fr--
"""),

dict(s="conferencier-horaires-et-identifiants", n="Dr Antoine Rey", a="antoine.rey@cabinet-neuropsy-grenoble.fr",
     d="2026-11-08 11:40", c="apple", co="École inclusive : les besoins éducatifs particuliers", inv=106,
     b="""<<g:Bonjour,>>

<<c:Je dois intervenir en visio dans cette formation sur les troubles du neurodéveloppement.>> <<o:Pourriez-vous me confirmer la date et l'horaire exacts de mon intervention ?>> <<fu:Par ailleurs je n'ai jamais reçu d'identifiant>> <<fp:ni de mot de passe pour la plateforme.>>

<<t:Merci et bonne journée,>>""",
     sig="Antoine Rey\nNeuropsychologue",
     p="other", t=["forgotten_username", "forgotten_password"], act="escalate",
     why="external speaker asks the date and time of his talk (not in the guide) and never got credentials"),

dict(s="retraite-cest-bon-retrouve", n="Michel Roche", a="michel.roche@wanadoo.fr",
     d="2026-11-08 18:20", c="apple", co="Laïcité et valeurs de la République", inv=107,
     b="""<<g:Bonjour,>>

<<c:C'est bon, j'ai retrouvé le mail de M@gistère avec mon nom d'utilisateur dans mes indésirables et j'ai pu me connecter.>>
<<t:Merci quand même !>>""",
     sig="Michel Roche",
     p="other", t=[], act="ignore",
     why="the sender solved it himself and closes the matter"),

dict(s="ligue-mdp-refuse-cp1252", n="Françoise Dumas", a="f.dumas@laligue38.org",
     d="2026-11-09 09:12", c="outlook_old", cs="cp1252-as-latin1", co="Éducation au développement durable", inv=108,
     b="""<<g:Bonjour,>>

<<c:Animatrice à la Ligue de l’enseignement de l’Isère, je suis inscrite à la formation en tant que partenaire.>> <<fp:Je clique bien sur « Connexion directe à M@gistère », je tape mon nom d’utilisateur fdumas38 mais le mot de passe est refusé à chaque fois.>> <<fp:Comment le réinitialiser ?>>

<<t:Merci d’avance pour votre aide.>>""",
     sig="Françoise Dumas\nChargée de mission éducation à l’environnement\nLigue de l’enseignement – Fédération de l’Isère",
     p="other", t=["forgotten_password"], act="reply",
     why="partner association member knows her username, password refused; reset link of the other case"),

dict(s="prof-academie-lyon-quel-bouton", n="Camille Perret", a="camille.perret.svt@gmail.com",
     d="2026-11-09 13:55", c="gmail", co="Enseigner l'oral au lycée professionnel", inv=109,
     b="""<<g:Bonjour,>>
<<c:Je suis professeure dans l'académie de Lyon (lycée pro à Villefranche) et je participe à votre formation.>> <<l:Je ne sais pas quel bouton choisir sur la page de connexion : mon compte académique de Lyon, ou la connexion directe ?>>
<<t:Merci !>>""",
     sig="Camille",
     p="other", t=["login"], act="reply",
     why="teacher from another académie asks which login button; other case = 'Connexion directe'"),

dict(s="maitre-apprentissage-page-academique-gmail-html", n="Luc Fontaine", a="luc.fontaine73@gmail.com",
     d="2026-11-10 06:45", c="gmail_html", co="Tuteurs en entreprise : accompagner l'apprenti", inv=110,
     b="""<<g:Bonjour,>>

<<c:Je suis maître d'apprentissage dans une boulangerie à Chambéry.>> <<l:Quand je clique sur votre lien, j'arrive sur une page qui me demande un identifiant académique que je n'ai évidemment pas.>> <<l:Comment je me connecte ?>>

<<t:Merci>>""",
     sig="Luc Fontaine\nBoulangerie Fontaine - Chambéry",
     p="other", t=["login"], act="reply",
     why="company tutor landed on the academic login portal; login section for the other case"),

dict(s="parent-pourquoi-ce-mail", n="Nadia Haddad", a="nadia.haddad@free.fr",
     d="2026-11-10 22:03", c="roundcube", co="Parents d'élèves et école : coéducation", inv=111,
     b="""<<g:bonsoir>>
<<u:je ne comprend pas pourquoi je recois ce mail>> <<u:je ne suis pas prof>>""",
     sig="",
     p="other", t=[], act="escalate",
     why="parent representative does not understand why she was invited: a human must explain"),

dict(s="accuse-lecture-outlook", p="other", t=[], act="ignore",
     why="Outlook read receipt (multipart/report disposition-notification)", qpc="iso-8859-1",
     raw="""Return-Path: <pascal.girard@mairie-crolles.fr>
Received: from smtp.mairie-crolles.fr (smtp.mairie-crolles.fr [185.42.117.9])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4Q9AB71XkZ
	for <formation-magistere@ac-grenoble.fr>; Wed, 11 Nov 2026 08:31:44 +0100
From: "Girard Pascal" <pascal.girard@mairie-crolles.fr>
To: "EAFC Grenoble" <formation-magistere@ac-grenoble.fr>
Subject: =?iso-8859-1?Q?Lu_:_Invitation_:_=C9ducation_au_d=E9veloppement_durable?=
Date: Wed, 11 Nov 2026 08:31:40 +0100
Message-ID: <000001db5a3c$7e2f1a30$7a8d4e90$@mairie-crolles.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0003_01DB5A44.DFF38230"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbWjx+LxowpHsQ9EKr4mXnB0Y0nA==
Content-Language: fr

This is a multipart message in MIME format.

------=_NextPart_000_0003_01DB5A44.DFF38230
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<<r:Votre message>>

<<r:  =C0 : Girard Pascal>>
<<r:  Objet : Invitation : =C9ducation au d=E9veloppement durable>>
<<r:  Envoy=E9 : lundi 9 novembre 2026 16:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris>>

<<r:a =E9t=E9 lu le mercredi 11 novembre 2026 08:31:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.>>

------=_NextPart_000_0003_01DB5A44.DFF38230
Content-Type: message/disposition-notification

Reporting-UA: mairie-crolles.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;pascal.girard@mairie-crolles.fr
Original-Message-ID: <invitation-2026-108@ac-grenoble.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0003_01DB5A44.DFF38230--
"""),

dict(s="mutee-lyon-deux-comptes-aucun-parcours", n="Anne-Sophie Mercier", a="annesophie.mercier@hotmail.fr",
     d="2026-11-11 19:40", c="outlookcom", co="Prévention du harcèlement - pHARe", inv=112,
     b="""<<g:Bonjour,>>

<<c:J'étais CPE dans l'académie de Grenoble jusqu'en août, je suis maintenant dans l'académie de Lyon.>> <<c:J'ai donc encore un vieux compte académique grenoblois qui marche à moitié, et un compte « invité » créé pour cette formation.>> <<fc:Je me suis connectée avec les deux et le parcours pHARe n'apparaît dans aucun des deux.>> <<l:Avec lequel suis-je censée me connecter ?>>

<<t:Merci de votre retour.>>""",
     sig="A-S Mercier",
     p="other", t=["login", "find_course"], act="escalate",
     why="two accounts and the course in neither: a human must check which account is enrolled"),

dict(s="retraitee-oubli-identifiant-et-mdp-outlookcom", n="Josiane Pellet", a="josiane.pellet@outlook.fr",
     d="2026-11-12 15:10", c="outlookcom", co="Langues vivantes : enseigner en DNL", inv=113,
     b="""<<g:Bonjour,>>

<<c:Professeure d'anglais à la retraite, je dois accompagner une collègue dans cette formation.>> <<fu:J'ai oublié mon nom d'utilisateur>> <<fp:et mon mot de passe M@gistère.>> <<c:J'ai bien l'adresse sur laquelle j'ai reçu l'invitation.>> <<fu:Comment les récupérer ?>>

<<t:Bien cordialement et merci,>>""",
     sig="Josiane Pellet",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="retired teacher forgot both username and password of her manual account; the recovery page covers both"),

dict(s="recup-mdp-aucun-courriel-recu", n="Thierry Vial", a="thierry.vial@sfr.fr",
     d="2026-11-12 21:47", c="samsung", co="Premiers secours en milieu scolaire", inv=114,
     b="""<<g:Bonjour>>
<<c:Je suis formateur secouriste à la Croix-Rouge et je participe à la formation.>> <<fp:J'ai fait « mot de passe oublié » avec mon adresse sfr trois fois depuis hier, je n'ai reçu aucun mail, même dans les spams.>> <<o:Pouvez-vous vérifier quelle adresse est enregistrée sur mon compte ?>>""",
     sig="T. Vial",
     p="other", t=["forgotten_password"], act="escalate",
     why="recovery mail never arrives: someone must check the address registered on his manual account"),

dict(s="tutrice-transfere-collegue-tr", n="Émilie Carron", a="emilie.carron@hotel-les-alpes.fr",
     d="2026-11-13 10:26", c="outlook", q="fwd", co="Accompagner les PFMP en lycée professionnel", inv=115,
     b="""<<g:Bonjour,>>

<<c:Je vous transfère l'invitation ci-dessous.>> <<c:Je quitte l'hôtel fin novembre et c'est ma collègue Julie Mathon (julie.mathon@hotel-les-alpes.fr) qui reprendra le tutorat des stagiaires.>> <<o:Pouvez-vous l'inscrire à ma place ?>>

<<t:Merci beaucoup,>>""",
     sig="Émilie Carron\nResponsable hébergement\nHôtel Les Alpes ★★★ – Bourg-Saint-Maurice",
     p="other", t=[], act="escalate",
     why="company tutor forwards the invitation to have a colleague registered instead of her"),

dict(s="vacances-gmail-association", n="Association Lire et Faire Lire 73", a="lireetfairelire73@gmail.com",
     d="2026-11-13 16:00", c="gmail", q="none", thr=True, co="Parents d'élèves et école : coéducation", inv=111,
     subj="Re: Invitation : Parents d'élèves et école : coéducation",
     hdr={"Auto-Submitted": "auto-replied"},
     b="""<<r:Bonjour,>>
<<r:Notre permanence est fermée pendant les vacances. Nous répondrons à votre message dès notre retour.>>
<<r:L'équipe de Lire et Faire Lire Savoie>>""",
     p="other", t=[], act="ignore",
     why="Gmail vacation responder of an association (Auto-Submitted: auto-replied)"),

dict(s="iphone-ou-connexion-directe", n="Rachid Amrani", a="rachid.amrani@icloud.com",
     d="2026-11-14 12:18", c="iphone", co="Égalité filles-garçons", inv=116,
     b="""<<g:Bonjour>>
<<l:Sur mon téléphone je ne trouve pas le bouton connexion directe dont parle le mail>> <<l:il faut descendre dans la page ?>>
<<c:Je suis éducateur au club de foot de Fontaine, pas enseignant>>
<<t:Merci>>""",
     p="other", t=["login"], act="reply",
     why="external educator on iPhone cannot find the 'Connexion directe' button"),

dict(s="prive-sous-contrat-adresse-academique", n="Agnès Rivoire", a="agnes.rivoire@ac-grenoble.fr",
     d="2026-11-15 08:05", c="zimbra", co="Évaluer par compétences", inv=117,
     b="""<<g:Bonjour,>>

<<c:J'enseigne les mathématiques dans un collège privé sous contrat à Annecy et j'ai une adresse en ac-grenoble.fr, que je consulte depuis peu.>> <<fu:Je ne connais pas mon identifiant académique pour me connecter à M@gistère, on ne me l'a jamais donné.>>

<<t:Merci de votre aide>>""",
     sig="Agnès Rivoire\nCollège Saint-Michel – Annecy",
     p="academic", t=["forgotten_username"], act="reply",
     why="private sous-contrat teacher with an academic mailbox: academic identifier unknown, NUMEN link"),

dict(s="spam-formation-cpf", p="other", t=[], act="ignore",
     why="spam about CPF training offered to the mailbox",
     raw="""Return-Path: <bounce-8812@news.formapro-eligible.com>
Received: from mta42.formapro-eligible.com (mta42.formapro-eligible.com [45.87.12.202])
	by mx1.ac-grenoble.fr (Postfix) with ESMTP id 4QAF0D2mZx
	for <formation-magistere@ac-grenoble.fr>; Sun, 15 Nov 2026 03:12:55 +0100
From: "Service Formation CPF" <contact@formapro-eligible.com>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?B?VsOpcmlmaWV6IHZvcyBkcm9pdHMgQ1BGIDogMTIwMCDigqwgZGlzcG9uaWJsZXM=?=
Date: Sun, 15 Nov 2026 03:12:51 +0100
Message-ID: <8812.20261115031251.4471@formapro-eligible.com>
List-Unsubscribe: <https://formapro-eligible.com/unsub?u=8812>
X-Spam-Flag: YES
X-Spam-Status: Yes, score=8.7 required=5.0
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><h2><<r:Vos droits CPF expirent bientôt !>></h2>
<p><<r:Il vous reste 1200 € de formation à utiliser avant le 31 décembre.>> <a href="https://formapro-eligible.com/c/8812"><<r:Vérifiez vos droits ici>></a></p>
</body></html>
"""),

dict(s="musee-intervenant-role-formateur", n="Claire Jouvenel", a="claire.jouvenel@musee-dauphinois.fr",
     d="2026-11-16 14:44", c="outlook", img=True, co="Sciences et éducation artistique", inv=118,
     b="""<<g:Bonjour,>>

<<c:Je suis médiatrice culturelle au Musée dauphinois et je co-anime cette formation avec M. Baud.>> <<c:Je me connecte sans problème avec la connexion directe,>> <<fc:mais dans « Tous mes parcours » je ne vois que les parcours « Se former » et pas celui que je dois animer.>> <<o:Il me faudrait les droits de formatrice pour déposer mes documents.>>

<<t:Merci pour votre aide,>>""",
     sig="Claire Jouvenel\nService des publics – Musée dauphinois\n30 rue Maurice Gignoux, 38000 Grenoble",
     p="other", t=["find_course"], act="escalate",
     why="external co-trainer needs trainer rights on the course: a role change the guide cannot do"),

dict(s="yahoo-je-serai-presente", n="Odile Bérard", a="odile.berard@yahoo.fr",
     d="2026-11-16 19:22", c="yahoo", co="Laïcité et valeurs de la République", inv=119,
     b="""<<g:Bonjour,>>
<<t:merci pour l'invitation,>> <<c:je serai bien présente à la journée en présentiel.>>""",
     sig="Odile Bérard",
     p="other", t=[], act="ignore",
     why="a simple confirmation of attendance: nothing to answer"),
]
