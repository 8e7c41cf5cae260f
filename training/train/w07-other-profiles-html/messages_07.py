# Batch 7
MESSAGES = [
dict(s="gmail-html-img-appli-mobile", n="Sébastien Rault", a="seb.rault.elec@gmail.com",
     d="2026-11-20 12:50", c="gmail_html", img=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=256,
     b="""<<g:Bonjour,>>

<<l:J'ai installé l'application M@gistère sur mon téléphone mais je n'y trouve pas la « Connexion directe ».>> <<l:Comment je me connecte avec mon nom d'utilisateur ?>>

<<t:Merci>>""",
     sig="Sébastien Rault\nRault Électricité Générale\n07 81 22 64 19",
     p="other", t=["login"], act="reply",
     why="company tutor looks for the Connexion directe button; the guide says to go to the address in a browser"),

dict(s="orange-adresse-comme-nom-compte-inexistant", n="Danielle Masson", a="danielle.masson@orange.fr",
     d="2026-11-20 15:32", c="orange", co="Accueillir un élève allophone", inv=257,
     b="""<<g:Bonjour,>>
<<l:J'ai cliqué sur Connexion directe et tapé mon adresse mail dans la case nom d'utilisateur : le site dit que ce compte n'existe pas.>> <<fu:Quel est donc mon nom d'utilisateur ?>>
<<t:Merci beaucoup>>""",
     sig="Danielle Masson – bénévole Cimade Grenoble",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="the mail address is not her username: 'account does not exist'; the recovery page reminds the username"),

dict(s="outlookcom-latin1-pas-tous-mes-parcours", n="Lydie Chambon", a="lydie.chambon@hotmail.fr",
     d="2026-11-21 09:30", c="outlookcom", co="Prévention du harcèlement - pHARe", inv=258,
     b="""<<g:Bonjour,>>

<<c:Je suis connectée avec mon compte invité (je suis psychologue dans une association).>> <<fc:Je ne vois que « Se former » en haut de la page, et pas de menu « Tous mes parcours » pour trouver la formation.>>

<<t:Merci de votre aide>>""",
     sig="Lydie Chambon\nPsychologue – Association Enfance et Partage",
     p="other", t=["find_course"], act="reply",
     why="cannot find the course in her view; the guide's step 3 list, search and menu"),

dict(s="apple-acces-collegues-association", n="Gabriel Fontanel", a="gabriel.fontanel@me.com",
     d="2026-11-21 16:05", c="apple", co="Théâtre à l'école : partenariats culturels", inv=259,
     b="""<<g:Bonjour,>>

<<c:Tout fonctionne pour moi.>> <<o:Serait-il possible que deux autres membres de notre compagnie aient aussi accès au parcours ?>> <<c:Ils interviennent avec moi dans les classes.>>

<<t:Merci d'avance,>>""",
     sig="Gabriel Fontanel\nCompagnie du Petit Escalier",
     p="other", t=[], act="escalate",
     why="asks to give colleagues access: registration"),

dict(s="retraite-deux-comptes-garder-academique", n="Jean-Pierre Mallet", a="jp.mallet@wanadoo.fr",
     d="2026-11-22 10:10", c="thunderbird", co="Devenir formateur EAFC", inv=260,
     b="""<<g:Bonjour,>>

<<c:J'ai deux comptes : mon ancien identifiant académique, qui marche encore, et le compte invité créé à ma retraite.>> <<c:Avec le compte invité je vois bien la formation.>> <<o:Mais je préférerais tout regrouper sur mon identifiant académique, où j'ai mes anciens parcours : est-ce possible ?>>

<<t:Bien cordialement,>>""",
     sig="Jean-Pierre Mallet",
     p="other", t=[], act="escalate",
     why="two accounts and a wish to move the enrolment: human request"),

dict(s="nice-iphone-nom-oublie-mdp-ok", n="Mathieu Santini", a="mathieu.santini@ac-nice.fr",
     d="2026-11-22 13:47", c="iphone", co="Devenir formateur EAFC", inv=261,
     b="""<<g:Bonjour,>>
<<c:J'ai bien mon mot de passe de connexion directe>> <<fu:mais j'ai oublié le nom d'utilisateur qui va avec.>>
<<c:Mathieu Santini, formateur, académie de Nice>>""",
     p="other", t=["forgotten_username"], act="reply",
     why="other-académie guest forgot only his username"),

dict(s="maman-leo-small-talk-mdp-cp1252", n="Virginie Bailly", a="virginie.bailly@neuf.fr",
     d="2026-11-22 20:15", c="outlook", cs="windows-1252", e="8bit", co="Parents d'élèves et école : coéducation", inv=262,
     b="""<<g:Bonsoir,>>

<<s:J’espère que vous allez bien et que vous n’êtes pas trop débordés avec toutes ces formations !>> <<c:Je suis la maman de Léo, en 5e B au collège des Buclos, et élue au conseil d’administration.>> <<fp:J’ai oublié le mot de passe de mon compte M@gistère.>>

<<t:Merci beaucoup et bonne soirée>>""",
     sig="Virginie Bailly",
     p="other", t=["forgotten_password"], act="reply",
     why="parent representative with small talk, forgot her password"),

dict(s="erreur-certificat-navigateur", n="Frédéric Olivier", a="frederic.olivier@ffc-isere.fr",
     d="2026-11-23 08:30", c="thunderbird", co="Premiers secours en milieu scolaire", inv=263,
     b="""<<g:Bonjour,>>

<<l:Quand j'ouvre l'adresse de M@gistère, mon navigateur affiche « Votre connexion n'est pas privée » (erreur de certificat) et je ne peux pas aller plus loin.>> <<c:C'est un PC de notre fédération.>>

<<t:Merci de votre retour.>>""",
     sig="Frédéric Olivier\nFédération française de cardiologie – Isère",
     p="other", t=["login"], act="escalate",
     why="certificate error on the platform: a technical issue beyond the guide"),

dict(s="sympa-moderation-robot", p="other", t=[], act="ignore",
     why="mailing-list moderation notice (robot, list headers)",
     raw="""Return-Path: <sympa-request@listes.ac-grenoble.fr>
Received: from listes.ac-grenoble.fr (listes.ac-grenoble.fr [193.54.149.60])
	by mx1.ac-grenoble.fr (Postfix) with ESMTP id 4QRa1x0LnP
	for <formation-magistere@ac-grenoble.fr>; Mon, 23 Nov 2026 09:02:11 +0100
From: SYMPA <sympa@listes.ac-grenoble.fr>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Votre_message_pour_la_liste_partenaires-culture_est_en_attente_de_mod=C3=A9ration?=
Date: Mon, 23 Nov 2026 09:02:10 +0100
Message-ID: <sympa.1763884930.4411.118@listes.ac-grenoble.fr>
Auto-Submitted: auto-replied
Precedence: list
List-Id: <partenaires-culture.listes.ac-grenoble.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

<<r:Votre message pour la liste partenaires-culture a été transmis au modérateur.>>
<<r:Il sera distribué dès qu'il aura été validé.>>
"""),

dict(s="yahoo-mdp-expire-nouveau-refuse", n="Huguette Pascal", a="huguette.pascal@yahoo.fr",
     d="2026-11-23 11:40", c="yahoo", cs="iso-8859-1", e="quoted-printable", co="Laïcité et valeurs de la République", inv=264,
     b="""<<g:Bonjour,>>

<<fp:La plateforme me dit que mon mot de passe a expiré et me demande d'en choisir un nouveau,>> <<fp:mais elle refuse tous ceux que je propose sans dire pourquoi.>>

<<t:Merci de m'aider>>""",
     sig="Huguette Pascal",
     p="other", t=["forgotten_password"], act="escalate",
     why="expired password and the new ones refused without reason: the guide does not cover password rules"),

dict(s="fwd-point-interrogation", n="Romain Chapuis", a="romain.chapuis@chapuis-bois.fr",
     d="2026-11-23 14:05", c="gmail", q="fwd", co="Tuteurs en entreprise : accompagner l'apprenti", inv=265,
     b="""<<u:?>>""",
     p="other", t=[], act="escalate",
     why="forwards the invitation with only a question mark: unclear"),

dict(s="prof-pour-partenaire-renvoyer-identifiants", n="Aurélien Clerc", a="aurelien.clerc@ac-grenoble.fr",
     d="2026-11-23 17:30", c="zimbra", co="Éducation au développement durable", inv=266,
     b="""<<g:Bonjour,>>

<<c:Je suis professeur de SVT et je co-anime un projet avec M. Paul Reynier, de l'association Gère Vivante, inscrit comme partenaire.>> <<fu:Il n'a pas reçu son nom d'utilisateur>> <<fp:ni son mot de passe pour M@gistère.>> <<fu:Comment peut-il les obtenir ?>>

<<t:Merci,>>""",
     sig="Aurélien Clerc\nCollège Gérard Philipe – Fontaine",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="academic sender asks for a partner whose manual account is concerned: the other-case recovery page"),

dict(s="prive-sous-contrat-sais-pas-si-identifiant", n="Laure Berthet", a="laure.berthet@institution-saint-bruno.fr",
     d="2026-11-24 07:55", c="outlook", co="Évaluer par compétences", inv=267,
     b="""<<g:Bonjour,>>

<<c:J'enseigne dans un établissement privé sous contrat.>> <<fu:Je ne sais pas si j'ai un identifiant pour M@gistère, ni lequel.>>

<<t:Merci de votre réponse>>""",
     sig="Laure Berthet\nInstitution Saint-Bruno – Grenoble",
     p="other", t=["forgotten_username"], act="reply",
     why="no account named; private-school domain so 'other' by the domain rule: manual account identifier"),

dict(s="ipad-formation-disparue", n="Mireille Gonnet", a="mireille.gonnet@free.fr",
     d="2026-11-24 15:25", c="ipad", co="Accueillir un élève allophone", inv=268,
     b="""<<g:Bonjour,>>
<<fc:La formation était dans ma liste la semaine dernière et elle a disparu depuis hier.>> <<o:Ai-je été désinscrite ?>>
<<t:Merci>>""",
     p="other", t=["find_course"], act="escalate",
     why="the course vanished from her list: enrolment to check"),

dict(s="apprenti-a-ma-place", n="Jérémy Favier", a="jeremy.favier@sfr.fr",
     d="2026-11-24 18:40", c="samsung", co="Tuteurs en entreprise : accompagner l'apprenti", inv=269,
     b="""<<g:Bonjour>>
<<o:Est ce que mon apprenti peut suivre la formation à ma place, je n'ai pas le temps ?>>
<<c:Jérémy, maçonnerie Favier>>""",
     p="other", t=[], act="escalate",
     why="asks for a replacement: registration question"),

dict(s="reponse-auto-mairie-exchange", n="Accueil Mairie de Meylan", a="accueil@meylan.fr",
     d="2026-11-25 08:00", c="outlook", q="none", thr=True, co="Égalité filles-garçons", inv=270,
     subj="Réponse automatique : Invitation : Égalité filles-garçons",
     hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
          "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"},
     b="""<<r:Bonjour,>>
<<r:Votre message a bien été reçu par les services de la Ville de Meylan.>> <<r:Il sera traité dans les meilleurs délais.>>
<<r:Ceci est un message automatique, merci de ne pas y répondre.>>""",
     p="other", t=[], act="ignore",
     why="town-hall Exchange automatic acknowledgement"),

dict(s="merci-reponse-rapide-retrouve", n="Raymonde Chappaz", a="raymonde.chappaz@gmail.com",
     d="2026-11-25 10:22", c="gmail_html", q="none", thr=True, co="Laïcité et valeurs de la République", inv=271,
     subj="Re: Invitation : Laïcité et valeurs de la République",
     b="""<<t:Merci pour votre réponse rapide,>> <<c:grâce au lien j'ai retrouvé mon nom d'utilisateur et je suis connectée.>>""",
     sig="Raymonde",
     p="other", t=[], act="ignore",
     why="thanks, problem solved"),

dict(s="mission-grenoble-compte-academique", n="Bruno Lacombe", a="bruno.lacombe@outlook.fr",
     d="2026-11-25 13:05", c="outlook_mobile", co="Devenir formateur EAFC", inv=272,
     b="""<<g:Bonjour,>>
<<c:Je suis en mission pour un an à l'EAFC de Grenoble, détaché de l'académie de Toulouse.>> <<fu:Est-ce que j'ai un identifiant académique grenoblois ou faut-il utiliser un compte invité ?>> <<c:Je n'ai reçu aucun des deux.>>
<<t:Merci>>""",
     p="other", t=["forgotten_username"], act="escalate",
     why="his status (academic or guest account) is unknown to him and to the guide: a human must check"),

dict(s="bouton-connexion-directe-ne-reagit-pas", n="Carine Joubert", a="carine.joubert.tutrice@gmail.com",
     d="2026-11-25 16:48", c="gmail_html", co="Accompagner les PFMP en lycée professionnel", inv=273,
     b="""<<g:Bonjour,>>

<<l:Le bouton « Connexion directe à M@gistère » ne réagit pas quand je clique dessus, rien ne se passe,>> <<c:que ce soit sur mon ordinateur ou mon téléphone.>>

<<t:Merci>>""",
     sig="Carine Joubert – Tutrice, EHPAD Les Tilleuls",
     p="other", t=["login"], act="escalate",
     why="the button itself does not work: a platform problem"),

dict(s="retraitee-long-message-ou-est-la-formation", n="Paulette Chevallier", a="paulette.chevallier@laposte.net",
     d="2026-11-26 09:55", c="roundcube", co="Accueillir un élève allophone", inv=274,
     b="""<<g:Bonjour Madame, Monsieur,>>

<<s:Je vous écris de Saint-Égrève où il fait bien froid ce matin.>> <<c:Ancienne institutrice, je donne des cours de français à deux familles afghanes arrivées cet été, et la directrice de l'école m'a proposé votre formation, ce dont je la remercie.>> <<c:Ma petite-fille m'a aidée à me connecter hier soir avec le bouton « Connexion directe » et le mot de passe reçu.>> <<fc:Mais je ne vois nulle part la formation sur les élèves allophones sur la page qui s'affiche.>>

<<t:Je vous remercie par avance de votre aide.>>""",
     sig="Paulette Chevallier",
     p="other", t=["find_course"], act="reply",
     why="long friendly message from a retired volunteer: logged in, course not found"),

dict(s="compte-de-ma-fille-meme-adresse", n="Nadine Roussel", a="roussel.famille@yahoo.fr",
     d="2026-11-26 19:12", c="yahoo", co="Parents d'élèves et école : coéducation", inv=275,
     b="""<<g:Bonjour,>>
<<c:Quand je demande mon nom d'utilisateur avec notre adresse, je reçois celui de ma fille, qui a eu un compte comme surveillante l'an dernier.>> <<fu:Comment avoir le mien ?>>
<<t:Merci>>""",
     sig="Nadine Roussel",
     p="other", t=["forgotten_username"], act="escalate",
     why="one address shared by two accounts: a human must separate them"),

dict(s="bottom-connecte-premiere-seance", n="Lucas Bernard", a="lucas.bernard@mailo.com",
     d="2026-11-27 07:35", c="thunderbird", q="bottom", co="Parents d'élèves et école : coéducation", inv=276,
     b="""<<g:Bonjour,>>

<<c:C'est bon pour moi, je me suis connecté et je vois le parcours.>> <<o:Par contre, quand a lieu la première séance en présentiel ?>>

<<t:Merci>>""",
     sig="Lucas Bernard",
     p="other", t=[], act="escalate",
     why="solved login but asks the date of the first session"),

dict(s="outlook-img-ou-formation-mes-parcours", n="Valentin Guérard", a="v.guerard@unss-grenoble.fr",
     d="2026-11-27 11:18", c="outlook", img=True, co="Égalité filles-garçons", inv=277,
     b="""<<g:Bonjour,>>

<<c:Connecté avec mon compte invité,>> <<fc:j'ai cherché dans « Mes parcours » sans trouver la formation Égalité filles-garçons.>> <<fc:Où est-elle ?>>

<<t:Sportivement,>>""",
     sig="Valentin Guérard\nDirecteur du service départemental UNSS Isère",
     p="other", t=["find_course"], act="reply",
     why="partner logged in, cannot find the course: step 3"),

dict(s="orange-latin1-pas-compris", n="Yvette Bonnard", a="yvette.bonnard@orange.fr",
     d="2026-11-27 14:44", c="orange", cs="iso-8859-1", co="Accueillir un élève allophone", inv=278,
     b="""<<g:Bonjour>>
<<u:Je n'ai rien compris à votre mail, qu'est ce que je dois faire ?>>""",
     sig="Yvette Bonnard",
     p="other", t=[], act="escalate",
     why="does not understand the invitation at all: a human should explain"),

dict(s="changer-nom-utilisateur-plus-simple", n="Émilie Chabanne", a="emilie.chabanne@gmail.com",
     d="2026-11-27 17:00", c="gmail", co="Devenir formateur EAFC", inv=279,
     b="""<<g:Bonjour,>>

<<c:Formatrice de l'académie de Grenoble en détachement dans une association, je me connecte maintenant avec la connexion directe et le nom d'utilisateur reçu (echabanne2614).>> <<o:Puis-je changer ce nom d'utilisateur pour quelque chose de plus simple ?>>

<<t:Merci !>>""",
     sig="Émilie Chabanne",
     p="other", t=[], act="escalate",
     why="asks to change her username: administration request"),

dict(s="tuteur-telephone-possible", n="Antoine Meunier", a="antoine.meunier@meunier-transports.fr",
     d="2026-11-28 06:45", c="iphone", co="Tuteurs en entreprise : accompagner l'apprenti", inv=280,
     b="""<<g:Bonjour,>>
<<o:Est-ce que je peux suivre la formation uniquement sur mon téléphone ?>> <<c:Je suis souvent sur la route.>>
<<t:Merci>>""",
     p="other", t=[], act="escalate",
     why="device question, not a login step"),

dict(s="gmail-fwd-lien-perime-retraite", n="Armand Sibille", a="armand.sibille@gmail.com",
     d="2026-11-28 09:10", c="gmail", q="fwd", co="Laïcité et valeurs de la République", inv=281,
     b="""<<g:Bonjour,>>

<<c:Je vous renvoie votre invitation.>> <<fp:Le lien pour réinitialiser le mot de passe que j'ai reçu ensuite ne marche plus ("lien expiré").>> <<fp:Comment en refaire un ?>>

<<t:Merci,>>""",
     sig="Armand Sibille\nProfesseur honoraire",
     p="other", t=["forgotten_password"], act="reply",
     why="expired reset link: the recovery page can be used again"),

dict(s="zimbra-latin1-compte-existe-pas-bouton-violet", n="Delphine Arnould", a="delphine.arnould@grenoble-em.com",
     d="2026-11-28 12:25", c="zimbra", cs="iso-8859-1", e="quoted-printable", co="Orientation : le parcours Avenir", inv=282,
     b="""<<g:Bonjour,>>

<<c:Je travaille au service entreprises de Grenoble École de Management et j'interviens dans la formation sur l'orientation.>> <<l:J'ai essayé le bouton violet « enseignement supérieur », mais GEM n'est pas dans la liste des établissements, et avec mes identifiants GEM la page dit que mon compte n'existe pas.>> <<l:Par où dois-je passer ?>>

<<t:Merci beaucoup>>""",
     sig="Delphine Arnould\nGrenoble École de Management",
     p="other", t=["login"], act="reply",
     why="business-school staff (not a listed higher-education guichet), enrolled as guest: Connexion directe"),

dict(s="apple-mdp-recu-spam-ok", n="Christelle Dumont", a="christelle.dumont@icloud.com",
     d="2026-11-28 15:40", c="apple", co="Éducation à la sexualité", inv=283,
     b="""<<g:Bonjour,>>
<<c:Pour info, le mail avec le nouveau mot de passe était dans mes indésirables.>> <<c:Tout est ok maintenant.>>
<<t:Merci>>""",
     sig="Christelle Dumont – CeGIDD",
     p="other", t=[], act="ignore",
     why="she solved it: closes the matter"),
]
