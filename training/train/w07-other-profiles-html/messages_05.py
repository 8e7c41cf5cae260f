# Batch 5
MESSAGES = [
dict(s="tuteur-mdp-defaut-numen", n="Christophe Baud", a="christophe.baud@baud-plomberie.fr",
     d="2026-11-16 08:12", c="outlook", cs="windows-1252", e="8bit", co="Tuteurs en entreprise : accompagner l'apprenti", inv=203,
     b="""<<g:Bonjour,>>

<<fp:Quel est le mot de passe par défaut pour la connexion ?>> <<fp:Est-ce le NUMEN comme j’ai lu dans le guide ?>> <<c:Je suis artisan plombier, je n’ai pas de NUMEN.>>

<<t:Merci>>""",
     sig="Christophe Baud\nBaud Plomberie Chauffage – Vif",
     p="other", t=["forgotten_password"], act="reply",
     why="company tutor confuses the academic default password (NUMEN) with his manual account"),

dict(s="apple-html-img-connexion-directe-en-bas", n="Jacqueline Rey", a="jacqueline.rey@me.com",
     d="2026-11-16 14:33", c="apple", f="html", img=True, co="Laïcité et valeurs de la République", inv=204,
     b="""<<g:Bonjour,>>

<<c:Professeure de lettres à la retraite, je fais partie du comité d'éthique de l'association.>> <<l:Le bouton « Connexion directe à M@gistère » est-il tout en bas de la page ?>> <<l:Je ne vois que les deux boutons Connexion en haut.>>

<<t:Merci beaucoup>>""",
     sig="Jacqueline Rey",
     p="other", t=["login"], act="reply",
     why="retired guest looking for the Connexion directe button"),

dict(s="parent-deux-comptes-pro-perso-cp1252-8bit", n="Laurence Thevenet", a="laurence.thevenet@groupama-ra.fr",
     d="2026-11-16 19:47", c="outlook", cs="windows-1252", e="8bit", co="Parents d'élèves et école : coéducation", inv=205,
     b="""<<g:Bonsoir,>>

<<c:J’ai apparemment deux comptes M@gistère : un créé l’an dernier avec mon adresse perso, et un avec mon adresse professionnelle sur laquelle je reçois vos messages.>> <<fc:Je me suis connectée avec le compte perso et la formation n’y est pas.>> <<l:Dois-je utiliser l’autre compte ?>> <<fu:Je n’en connais pas le nom d’utilisateur.>>

<<t:Merci d’avance>>""",
     sig="Laurence Thevenet",
     p="other", t=["forgotten_username", "login", "find_course"], act="escalate",
     why="two manual accounts on two addresses: a human must say which one is enrolled"),

dict(s="majuscules-nom-utilisateur", n="Étienne Caron", a="etienne.caron@cnrs.fr",
     d="2026-11-17 10:30", c="thunderbird", co="Sciences et éducation artistique", inv=206,
     b="""<<g:Bonjour,>>

<<c:Chercheur au CNRS, j'interviens en tant qu'expert invité.>> <<l:Le nom d'utilisateur de la connexion directe est-il sensible aux majuscules ?>> <<c:On m'a envoyé « ECaron » et je ne sais pas s'il faut taper les majuscules.>>

<<t:Merci.>>""",
     sig="Étienne Caron\nInstitut Néel – CNRS Grenoble",
     p="other", t=["login"], act="escalate",
     why="a detail of the login form (case sensitivity) that the guide does not answer"),

dict(s="dsn-retard-livraison", p="other", t=[], act="ignore",
     why="delay DSN (4.4.1), a robot",
     raw="""Return-Path: <>
Received: from mx.ville-echirolles.fr (mx.ville-echirolles.fr [92.103.40.17])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QLn1V6dRm
	for <formation-magistere@ac-grenoble.fr>; Tue, 17 Nov 2026 14:05:41 +0100
From: Mail Delivery System <MAILER-DAEMON@mx.ville-echirolles.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Delayed Mail (still being retried)
Date: Tue, 17 Nov 2026 14:05:40 +0100
Message-ID: <20261117130540.5A1C3180071@mx.ville-echirolles.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5A1C3180071.1763384740/mx.ville-echirolles.fr"

--5A1C3180071.1763384740/mx.ville-echirolles.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

<<r:This is the mail system at host mx.ville-echirolles.fr.>>

<<r:####################################################################>>
<<r:# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #>>
<<r:####################################################################>>

<<r:Your message could not be delivered for more than 4 hour(s). It will be retried until it is 5 day(s) old.>>

--5A1C3180071.1763384740/mx.ville-echirolles.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.ville-echirolles.fr

Final-Recipient: rfc822; m.ferrero@ville-echirolles.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to exch01.ville-echirolles.fr[10.0.4.21]:25: Connection timed out

--5A1C3180071.1763384740/mx.ville-echirolles.fr--
"""),

dict(s="mailinblack-challenge", p="other", t=[], act="ignore",
     why="anti-spam challenge robot (validate the sender), Auto-Submitted",
     raw="""Return-Path: <noreply@mailinblack.com>
Received: from out12.mailinblack.com (out12.mailinblack.com [91.212.14.32])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QLq7C2wTn
	for <formation-magistere@ac-grenoble.fr>; Tue, 17 Nov 2026 16:12:03 +0100
From: "Protection antispam - Cabinet Roux Avocats" <noreply@mailinblack.com>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Votre_message_est_en_attente_de_validation?=
Date: Tue, 17 Nov 2026 16:12:01 +0100
Message-ID: <mib-20261117161201-88a1f@mailinblack.com>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial">
<p><<r:Bonjour,>></p>
<p><<r:Votre message à destination de s.roux@roux-avocats.fr est en attente de validation.>> <<r:Afin de vous identifier comme expéditeur légitime, merci de cliquer sur le lien ci-dessous et de recopier le code affiché.>></p>
<p><a href="https://www.mailinblack.com/validate?id=88a1f"><<r:Je valide mon message>></a></p>
</body></html>
"""),

dict(s="orange-html-identifiants-messagerie-orange", n="Ginette Perrier", a="ginette.perrier@orange.fr",
     d="2026-11-18 09:25", c="orange", co="Accueillir un élève allophone", inv=207,
     b="""<<g:Bonjour>>
<<c:J'ai essayé de me connecter avec mon adresse orange et le mot de passe de ma messagerie, ça ne marche pas.>> <<fu:Quel nom d'utilisateur>> <<fp:et quel mot de passe dois-je mettre ?>> <<c:Je suis bénévole à la bibliothèque de l'école.>>
<<t:Merci d'avance>>""",
     sig="Ginette Perrier",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="volunteer tries her Orange mailbox credentials; her M@gistère manual credentials were sent by mail"),

dict(s="inspecteur-lyon-pas-stagiaire", n="Jean-Marc Giroud", a="jean-marc.giroud@ac-lyon.fr",
     d="2026-11-18 11:52", c="outlook", co="Devenir formateur EAFC", inv=208,
     b="""<<g:Bonjour,>>

<<c:Inspecteur de l'Éducation nationale dans l'académie de Lyon, j'interviens lors de la journée du 9 décembre.>> <<c:Je ne suis pas stagiaire de la formation.>> <<o:J'aurais seulement besoin de consulter les ressources déposées par les formateurs pour préparer mon intervention : est-ce possible, et avec quel accès ?>>

<<t:Bien cordialement,>>""",
     sig="Jean-Marc Giroud\nIEN – Circonscription de Vienne",
     p="other", t=[], act="escalate",
     why="a speaker asks for access to trainers' resources without being a trainee: a role request"),

dict(s="samsung-libre-acces-non-connecte", n="Dylan Marchand", a="dylan.marchand@sfr.fr",
     d="2026-11-18 18:40", c="samsung", co="Accompagner les PFMP en lycée professionnel", inv=209,
     b="""<<g:Bonjour>>
<<l:Je crois que je suis connecté mais en haut c'est écrit "Non connecté">> <<fc:et je vois que des formations en libre accès, pas la mienne.>>
<<c:Dylan, tuteur au garage Marchand>>""",
     p="other", t=["login", "find_course"], act="reply",
     why="tutor is not actually logged in (free-access page) and so cannot see his course: login then step 3"),

dict(s="retraite-faut-il-payer", n="André Bonnet", a="andre.bonnet@laposte.net",
     d="2026-11-19 08:05", c="roundcube", co="Laïcité et valeurs de la République", inv=210,
     b="""<<g:Bonjour,>>
<<o:Cette formation est-elle gratuite pour les retraités ou y a-t-il une participation à payer ?>>
<<t:Merci>>""",
     sig="André Bonnet",
     p="other", t=[], act="escalate",
     why="cost question"),

dict(s="formation-grisee-pas-ouverte", n="Éloïse Barthélemy", a="eloise.barthelemy@ecole-steiner-grenoble.fr",
     d="2026-11-19 15:15", c="gmail", co="École inclusive : les besoins éducatifs particuliers", inv=211, idays=1,
     b="""<<g:Bonjour,>>

<<c:Je suis connectée avec la connexion directe et je vois la formation dans ma liste,>> <<fc:mais elle est grisée et il est écrit « pas encore disponible ».>> <<o:À partir de quand pourrai-je y entrer ?>>

<<t:Merci>>""",
     sig="Éloïse Barthélemy\nÉcole Steiner-Waldorf de Grenoble",
     p="other", t=["find_course"], act="escalate",
     why="the course is listed but not yet open: opening dates are a human question"),

dict(s="reponse-auto-ne-m-aide-pas", n="Nordine Saïdi", a="nordine.saidi@gmail.com",
     d="2026-11-19 20:40", c="gmail", q="none", thr=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=212,
     subj="Re: Re: Invitation : Tuteurs en entreprise : accompagner l'apprenti",
     b="""<<g:Bonjour,>>

<<o:Votre réponse automatique ne m'aide pas du tout.>> <<fp:J'ai déjà fait trois fois « mot de passe oublié » et je ne reçois jamais rien.>> <<o:Est-ce qu'une vraie personne peut m'aider ?>>

<<c:Nordine Saïdi, tuteur chez Transports Alpins>>""",
     p="other", t=["forgotten_password"], act="escalate",
     why="complaint after the auto-answer, recovery mail never received: a human"),

dict(s="iphone-jamais-recu-mail-plateforme", n="Anaïs Lebrun", a="anais.lebrun@icloud.com",
     d="2026-11-20 12:12", c="iphone", co="Théâtre à l'école : partenariats culturels", inv=213,
     b="""<<g:Bonjour,>>
<<c:Vous dites que mes identifiants m'ont été envoyés par courriel :>> <<fu:je n'ai reçu ni nom d'utilisateur>> <<fp:ni mot de passe,>> <<c:seulement votre invitation.>> <<fu:Comment je les récupère ?>>
<<c:Anaïs, danseuse, Cie Corps à Corps>>""",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="external artist never saw the credentials mail; the recovery page of the other case"),

dict(s="parent-distance-ou-samedi", n="Rachel Fournier", a="rachel.fournier@free.fr",
     d="2026-11-20 21:05", c="zimbra", co="Parents d'élèves et école : coéducation", inv=214,
     b="""<<g:Bonsoir,>>

<<u:Je ne comprends pas bien si je dois suivre la formation sur internet ou seulement venir le samedi 12 au collège.>> <<o:Pouvez-vous m'expliquer comment ça se passe ?>>

<<t:Merci>>""",
     sig="Rachel Fournier",
     p="other", t=[], act="escalate",
     why="question about how the training is organised, not a login step"),

dict(s="yahoo-compte-suspendu", n="Claude Mathey", a="claude.mathey@yahoo.fr",
     d="2026-11-21 09:44", c="yahoo", co="Devenir formateur EAFC", inv=215,
     b="""<<g:Bonjour,>>
<<l:En me connectant avec la connexion directe, j'ai le message « Ce compte a été suspendu ».>> <<c:Je suis formateur retraité, j'étais inscrit l'an passé sans souci.>>
<<t:Merci de voir ce qui se passe>>""",
     sig="Claude Mathey",
     p="other", t=["login"], act="escalate",
     why="suspended account: only an administrator can reactivate it"),

dict(s="outlook-mobile-lien-oublie-ou", n="Isabelle Carlier", a="isabelle.carlier@outlook.fr",
     d="2026-11-21 13:20", c="outlook_mobile", co="Prévention du harcèlement - pHARe", inv=216,
     b="""<<g:Bonjour,>>
<<c:Je suis CPE dans l'académie de Dijon, compte invité chez vous.>> <<fp:J'ai oublié mon mot de passe>> <<fp:et je ne trouve pas le lien « mot de passe oublié » sur la page de connexion.>>
<<t:Merci>>""",
     p="other", t=["forgotten_password"], act="reply",
     why="other-académie guest forgot her password and cannot see the recovery link; the guide shows where"),

dict(s="caf-identifiants-incorrects-majuscules", n="Pascale Durieux", a="pascale.durieux@caf38.fr",
     d="2026-11-22 10:10", c="zimbra", co="Parents d'élèves et école : coéducation", inv=217,
     b="""<<g:Bonjour,>>

<<c:Travailleuse sociale à la CAF de l'Isère, partenaire du dispositif.>> <<c:Sur « Connexion directe à M@gistère », je saisis le nom d'utilisateur et le mot de passe reçus par mail,>> <<fp:mais on me répond « Nom d'utilisateur ou mot de passe incorrect ».>> <<c:J'ai vérifié les majuscules.>>

<<t:Merci pour votre aide>>""",
     sig="Pascale Durieux\nCaisse d'allocations familiales de l'Isère",
     p="other", t=["forgotten_password"], act="reply",
     why="partner's credentials refused on the right page: new password through the recovery link"),

dict(s="confirmer-inscription-img", n="Marie-Noëlle Vincent", a="mnvincent@gmail.com",
     d="2026-11-22 15:48", c="gmail", img=True, co="Accueillir un élève allophone", inv=218,
     b="""<<g:Bonjour,>>

<<o:Pouvez-vous me confirmer que je suis bien inscrite à cette formation ?>> <<c:J'ai reçu le mail mais je n'ai rien demandé, c'est la directrice de l'école qui a dû m'inscrire.>>

<<t:Merci beaucoup,>>""",
     sig="Marie-Noëlle Vincent\nIntervenante FLE – Association Passerelles\n☎ 06 50 41 27 93",
     p="other", t=[], act="escalate",
     why="asks a confirmation of registration: a human check"),

dict(s="aoste-buongiorno-bottom", n="Giulia Bertolin", a="giulia.bertolin@scuole.vda.it",
     d="2026-11-23 09:30", c="thunderbird", q="bottom", co="Langues vivantes : enseigner en DNL", inv=219,
     b="""<<g:Buongiorno,>>

<<c:je suis enseignante à Aoste, partenaire du projet transfrontalier.>> <<fu:Je ne connais pas mon nom d'utilisateur>> <<l:et je ne sais pas où je dois cliquer pour entrer.>>

<<t:Grazie mille, merci>>""",
     sig="Giulia Bertolin\nIstituzione scolastica Saint-Vincent (AO)",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="Italian partner teacher: guest username and Connexion directe"),

dict(s="rh-tuteur-change-adresse-tr-thunderbird", n="Service RH Vicat", a="rh.formation@vicat.fr",
     d="2026-11-23 14:00", c="thunderbird", q="fwd", co="Tuteurs en entreprise : accompagner l'apprenti", inv=220,
     to_inv="l.morel@vicat.fr",
     b="""<<g:Bonjour,>>

<<c:Notre salarié M. Laurent Morel, tuteur d'un apprenti, a changé d'adresse électronique : l.morel@vicat.fr n'est plus valable.>> <<o:Merci d'utiliser désormais laurent.morel@vicat.fr pour son compte et vos envois.>>

<<t:Cordialement,>>""",
     sig="Service RH – Formation\nVicat SA – L'Isle-d'Abeau",
     p="other", t=[], act="escalate",
     why="HR asks to update a tutor's address on his account"),

dict(s="ipad-regle-grace-collegue", n="Chantal Morin", a="chantal.morin@wanadoo.fr",
     d="2026-11-23 17:17", c="ipad", co="Accueillir un élève allophone", inv=221,
     b="""<<g:Bonjour,>>
<<c:Ma collègue de l'association m'a montré, c'est réglé.>> <<t:Merci et bonne soirée>>""",
     p="other", t=[], act="ignore",
     why="problem solved, closes the matter"),

dict(s="asso-trois-etapes-cp1252-img", n="Hubert Lecomte", a="h.lecomte@scouts-isere.org",
     d="2026-11-24 08:40", c="outlook", cs="cp1252-as-latin1", img=True, co="Premiers secours en milieu scolaire", inv=222,
     b="""<<g:Bonjour,>>

<<c:Responsable formation chez les Scouts et Guides de France de l’Isère, je suis invité à votre parcours.>> <<fu:Je ne retrouve ni mon nom d’utilisateur>> <<fp:ni mon mot de passe,>> <<fc:et je voudrais savoir où apparaîtra la formation une fois connecté.>>

<<t:Merci d’avance,>>""",
     sig="Hubert Lecomte\nResponsable formation – SGDF Isère\n« Toujours prêts »",
     p="other", t=["forgotten_username", "forgotten_password", "find_course"], act="reply",
     why="partner forgot both credentials and asks where the course will be"),

dict(s="icloud-vacances", n="Bastien Roy", a="bastien.roy@icloud.com",
     d="2026-11-24 10:00", c="iphone", q="none", thr=True, co="Égalité filles-garçons", inv=223,
     subj="Re: Invitation : Égalité filles-garçons", tagline=False,
     hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     b="""<<r:Je suis en déplacement jusqu'au 30 novembre et je n'ai qu'un accès limité à mes messages.>> <<r:Je vous répondrai dès mon retour.>>""",
     p="other", t=[], act="ignore",
     why="iCloud vacation auto-reply"),

dict(s="reponse-vide-juste-signature", n="Patrick Lambert", a="patrick.lambert@lambert-menuiserie.fr",
     d="2026-11-24 12:31", c="outlook", co="Tuteurs en entreprise : accompagner l'apprenti", inv=224,
     b="",
     sig="Patrick Lambert\nMenuiserie Lambert – Saint-Égrève\n04 76 75 22 18",
     p="other", t=[], act="escalate",
     why="a reply with no text at all, only the signature and the quote: nothing to classify, a human must check"),

dict(s="capture-ecran-piece-jointe", n="Sonia Pires", a="sonia.pires@gmail.com",
     d="2026-11-24 16:55", c="gmail", att=("Capture d'écran 2026-11-24 165012.png", "image/png"), co="Éducation à la sexualité", inv=225,
     b="""<<g:Bonjour,>>

<<u:voici ce que j'obtiens quand j'essaie, voir la capture ci-jointe.>>

<<t:Merci>>""",
     sig="Sonia Pires – Planning familial 73",
     p="other", t=[], act="escalate",
     why="the problem is only in a screenshot: a human must look at it"),

dict(s="connecte-et-maintenant", n="Jonathan Colas", a="jonathan.colas@boulangerie-colas.fr",
     d="2026-11-25 06:20", c="gmail_mobile", co="Tuteurs en entreprise : accompagner l'apprenti", inv=226,
     b="""<<g:Bonjour>>
<<c:Identifiant ok, mot de passe ok, je suis connecté.>> <<fc:Et maintenant je fais quoi pour aller dans la formation ?>>
<<c:Jonathan>>""",
     p="other", t=["find_course"], act="reply",
     why="logged in, asks how to join the course: step 3"),

dict(s="mail-recu-en-anglais", n="Morgane Tessier", a="morgane.tessier.parent@gmail.com",
     d="2026-11-25 20:33", c="gmail_html", co="Parents d'élèves et école : coéducation", inv=227,
     b="""<<g:Bonjour,>>

<<fp:J'ai cliqué sur « Nom d'utilisateur ou mot de passe oublié ? » et j'ai reçu un mail en partie en anglais avec un lien.>> <<fp:Je dois cliquer dessus pour avoir mon nouveau mot de passe ?>>

<<t:Merci !>>""",
     sig="Morgane",
     p="other", t=["forgotten_password"], act="reply",
     why="parent in the middle of the recovery procedure; the guide describes it"),

dict(s="yahoo-fwd-pas-de-lien-cliquable", n="Odette Sarrazin", a="odette.sarrazin@yahoo.fr",
     d="2026-11-26 10:12", c="yahoo", q="fwd", co="Accueillir un élève allophone", inv=228,
     b="""<<g:Bonjour,>>
<<c:Je vous renvoie votre message :>> <<l:je ne vois pas de lien sur lequel cliquer pour aller sur la plateforme.>>
<<t:Merci>>""",
     sig="Odette Sarrazin",
     p="other", t=["login"], act="reply",
     why="no clickable link in her client: the guide gives the address to type"),

dict(s="prive-connexion-directe-perd-mot-de-passe-base64", n="Cécile Guérin", a="cecile.guerin@ensemble-scolaire-jeanne-darc.fr",
     d="2026-11-26 13:05", c="owa", cs="iso-8859-1", e="base64", co="Évaluer par compétences", inv=229,
     b="""<<g:Bonjour,>>

<<c:Enseignante en école privée, je me connecte avec un compte invité car je n'ai pas d'adresse académique.>> <<fp:J'ai perdu le mot de passe qu'on m'avait envoyé.>>

<<t:Merci de votre aide,>>""",
     sig="Cécile Guérin\nEnsemble scolaire Jeanne d'Arc – Grenoble",
     p="other", t=["forgotten_password"], act="reply",
     why="private-school teacher on a guest account lost her password"),
]
