# Batch 6
MESSAGES = [
dict(s="nouveau-mail-liste-tirets", n="Thierry Gallet", a="thierry.gallet@gallet-carrosserie.fr",
     d="2026-11-26 17:40", c="gmail", q="none", thr=False, subj="Problème de connexion M@gistère", co="Tuteurs en entreprise : accompagner l'apprenti", inv=230,
     b="""<<g:Bonjour,>>

<<c:Tuteur d'un apprenti carrossier, j'ai deux soucis :>>
- <<fp:je n'ai pas de mot de passe (juste le nom d'utilisateur tgallet)>>
- <<fc:je ne trouve pas la formation des tuteurs>>

<<t:Merci d'avance>>""",
     sig="Thierry Gallet\nCarrosserie Gallet – Pontcharra",
     p="other", t=["forgotten_password", "find_course"], act="reply",
     why="new mail (no thread) with a dash list: password of his manual account and finding the course"),

dict(s="outlookcom-adresse-non-reconnue", n="Sandra Picard", a="sandra.picard@hotmail.com",
     d="2026-11-27 08:50", c="outlookcom", co="Égalité filles-garçons", inv=231,
     b="""<<g:Bonjour,>>

<<fp:Sur la page de mot de passe oublié, je mets mon adresse hotmail et le site dit qu'elle n'est pas reconnue.>> <<c:C'est pourtant celle où je reçois vos mails.>> <<o:Avec quelle adresse mon compte a-t-il été créé ?>>

<<t:Merci,>>""",
     sig="Sandra Picard\nAnimatrice – MJC Nelson Mandela",
     p="other", t=["forgotten_password"], act="escalate",
     why="her address is not found by the recovery page: a human must look up the account"),

dict(s="orange-latin1-deja-connectee", n="Jeannine Reymond", a="jeannine.reymond@orange.fr",
     d="2026-11-27 11:02", c="orange", cs="iso-8859-1", co="Accueillir un élève allophone", inv=232,
     b="""<<g:Bonjour,>>
<<c:Je ne sais plus si je me suis déjà connectée à M@gistère l'an dernier pour une autre formation.>> <<fu:Comment savoir quel est mon nom d'utilisateur ?>>
<<t:Merci>>""",
     sig="Jeannine Reymond",
     p="other", t=["forgotten_username"], act="reply",
     why="volunteer does not know her username: recovery page reminds it"),

dict(s="majuscules-retraite-narrive-pas", n="Roger Tournier", a="roger.tournier@wanadoo.fr",
     d="2026-11-27 15:20", c="outlook_old", co="Laïcité et valeurs de la République", inv=233,
     b="""<<g:BONJOUR>>
<<l:JE N'ARRIVE PAS A ME CONNECTER SUR LE SITE>> <<t:MERCI DE M'AIDER>>""",
     sig="R. TOURNIER",
     p="other", t=["login"], act="reply",
     why="retired guest cannot log in, no more detail: the other-case login section"),

dict(s="apple-cc-formatrice-acces-refuse", n="Pauline Teyssier", a="pauline.teyssier@atelier-canope-alpes.org",
     d="2026-11-28 09:14", c="apple", co="Le numérique responsable", inv=234,
     cc=[("Cc", "Nathalie Brochier <nathalie.brochier@ac-grenoble.fr>")],
     b="""<<g:Bonjour,>>

<<c:Je mets en copie Mme Brochier, formatrice du parcours.>> <<fc:Je vois bien la formation dans la recherche, mais en cliquant dessus j'obtiens « Accès refusé ».>> <<o:Pouvez-vous vérifier mon inscription ?>>

<<t:Merci à vous deux,>>""",
     sig="Pauline Teyssier\nMédiatrice numérique – Atelier Canopé",
     p="other", t=["find_course"], act="escalate",
     why="course found but access refused: enrolment to check"),

dict(s="aefe-turin-pas-compte-francais", n="Stefano Ricci", a="stefano.ricci@lfturin.it",
     d="2026-11-28 12:45", c="thunderbird", co="Langues vivantes : enseigner en DNL", inv=235,
     b="""<<g:Bonjour,>>

<<c:Professeur au lycée français de Turin (réseau AEFE), je n'ai pas de compte académique à Grenoble.>> <<fu:Quel est mon identifiant pour votre plateforme>> <<l:et par où dois-je me connecter ?>>

<<t:Merci beaucoup,>>""",
     sig="Stefano Ricci\nLycée français Jean Giono – Turin",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="AEFE teacher with a guest account: identifier and Connexion directe"),

dict(s="asso-ne-pourrai-pas-participer", n="Claire Pichon", a="claire.pichon@afev.org",
     d="2026-11-28 16:10", c="gmail", co="Accueillir un élève allophone", inv=236,
     b="""<<g:Bonjour,>>

<<o:Je ne pourrai finalement pas participer à la formation, pouvez-vous libérer ma place ?>> <<c:Une autre bénévole de l'AFEV est intéressée.>>

<<t:Merci et désolée>>""",
     sig="Claire Pichon – AFEV Grenoble",
     p="other", t=[], act="escalate",
     why="cancellation and replacement request"),

dict(s="sms-mauvais-mot-de-pass", n="Kevin Dumas", a="kev.dumas74@gmail.com",
     d="2026-11-28 22:30", c="gmail_mobile", co="Accompagner les PFMP en lycée professionnel", inv=237,
     b="""<<g:slt>>
<<fp:jariv pa a me conecter sur le site ca me di mauvais mot de pass>>""",
     p="other", t=["forgotten_password"], act="reply",
     why="tutor writing SMS-style: password refused"),

dict(s="outlook-reponses-en-rouge", n="Monique Arnaud", a="monique.arnaud@apajh38.org",
     d="2026-11-29 10:05", c="outlook", q="none", thr=True, co="École inclusive : les besoins éducatifs particuliers", inv=238,
     subj="RE : Invitation : École inclusive : les besoins éducatifs particuliers",
     b="""<<g:Bonjour,>>
<<c:Mes réponses ci-dessous.>>

De : EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Envoyé : mercredi 25 novembre 2026 09:00
À : monique.arnaud@apajh38.org
Objet : Invitation : École inclusive : les besoins éducatifs particuliers

Pour rejoindre le parcours :
1. rendez-vous sur https://magistere.education.fr/ac-grenoble/
=> <<c:C'est fait.>>
2. choisissez votre mode de connexion (compte académique, compte de l'enseignement supérieur, ou « Connexion directe à M@gistère » si votre compte a été créé manuellement) ;
=> <<l:Je suis éducatrice à l'APAJH, je suppose que c'est la connexion directe, mais je ne vois pas ce bouton.>> <<fu:Et je n'ai pas de nom d'utilisateur.>>
3. cliquez sur le titre de la formation dans la liste de vos parcours.""",
     sig="Monique Arnaud\nÉducatrice spécialisée – APAJH Isère",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="Outlook answers typed under the invitation's lines: username and the Connexion directe button"),

dict(s="bounce-zimbra-francais", p="other", t=[], act="ignore",
     why="French non-delivery report from a Postfix/Zimbra server",
     raw="""Return-Path: <>
Received: from zimbra.mairie-voiron.fr (zimbra.mairie-voiron.fr [88.172.33.104])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QNt2k1cWs
	for <formation-magistere@ac-grenoble.fr>; Sun, 29 Nov 2026 11:30:02 +0100
From: "Systeme de messagerie" <MAILER-DAEMON@zimbra.mairie-voiron.fr>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Message_non_distribu=C3=A9?=
Date: Sun, 29 Nov 2026 11:30:01 +0100
Message-ID: <20261129103001.7F02E3A0612@zimbra.mairie-voiron.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7F02E3A0612.1764412201/zimbra.mairie-voiron.fr"

--7F02E3A0612.1764412201/zimbra.mairie-voiron.fr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

<<r:Ceci est le système de messagerie du serveur zimbra.mairie-voiron.fr.>>

<<r:Votre message n'a pas pu être remis à un ou plusieurs destinataires.>>

<<r:<animation.periscolaire@mairie-voiron.fr> : adresse inconnue (550 5.1.1 User unknown)>>

--7F02E3A0612.1764412201/zimbra.mairie-voiron.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; zimbra.mairie-voiron.fr

Final-Recipient: rfc822; animation.periscolaire@mairie-voiron.fr
Action: failed
Status: 5.1.1

--7F02E3A0612.1764412201/zimbra.mairie-voiron.fr--
"""),

dict(s="autorespond-association-sans-auto-submitted", n="Maison des Jeux de Grenoble", a="contact@maisondesjeux-grenoble.fr",
     d="2026-11-29 13:00", c="roundcube", q="none", thr=True, co="Égalité filles-garçons", inv=239,
     subj="Message automatique - Maison des Jeux",
     hdr={"X-Autorespond": "Maison des Jeux", "Precedence": "bulk"},
     b="""<<r:Bonjour et merci pour votre message.>>
<<r:Ceci est une réponse automatique : l'équipe est en formation jusqu'au 4 décembre et traitera votre demande à son retour.>>
<<r:Horaires d'ouverture : du mardi au samedi, 14h-19h.>>""",
     p="other", t=[], act="ignore",
     why="association auto-responder (X-Autorespond, Precedence: bulk)"),

dict(s="tous-mes-parcours-que-choisir", n="Josette Villard", a="josette.villard@free.fr",
     d="2026-11-29 16:28", c="zimbra", co="Accueillir un élève allophone", inv=240,
     b="""<<g:Bonjour,>>

<<c:Je suis connectée.>> <<fc:Dans « Tous mes parcours » il y a une liste déroulante avec plusieurs choix, lequel dois-je prendre pour trouver la formation ?>>

<<t:Merci d'avance>>""",
     sig="Josette Villard",
     p="other", t=["find_course"], act="reply",
     why="asks which filter of 'Tous mes parcours' to use: the guide's remark 2 ('Se former')"),

dict(s="parent-fusionner-comptes", n="Olivier Marchetti", a="olivier.marchetti@sfr.fr",
     d="2026-11-30 09:40", c="samsung", co="Parents d'élèves et école : coéducation", inv=241,
     b="""<<g:Bonjour>>
<<c:J'ai deux comptes M@gistère, un de l'an dernier et un nouveau, je n'ai besoin que d'un.>> <<o:Pouvez-vous les fusionner ?>>
<<t:Merci>>""",
     p="other", t=[], act="escalate",
     why="asks to merge two accounts"),

dict(s="gmail-html-compte-pas-confirme", n="Vanessa Roux", a="vanessa.roux.creche@gmail.com",
     d="2026-11-30 13:55", c="gmail_html", co="Accompagner les PFMP en lycée professionnel", inv=242,
     b="""<<g:Bonjour,>>

<<l:Quand je mets mon nom d'utilisateur et mon mot de passe dans la connexion directe, le site affiche « Vous devez confirmer votre compte » et je n'ai reçu aucun mail de confirmation.>>

<<t:Merci de votre aide>>""",
     sig="Vanessa Roux – Directrice crèche Les P'tits Mômes",
     p="other", t=["login"], act="escalate",
     why="account waiting for a confirmation she never got: an administrator must act"),

dict(s="faute-nom-compte-cp1252", n="Agathe Lefèvre", a="agathe.lefevre@saint-joseph-vienne.fr",
     d="2026-11-30 17:05", c="outlook_old", cs="cp1252-as-latin1", co="Évaluer par compétences", inv=243,
     b="""<<g:Bonjour,>>

<<c:Mon compte invité a été créé au nom de « Lefebvre » au lieu de « Lefèvre ».>> <<o:Est-ce qu’il faut le corriger pour l’attestation de fin de formation ?>>

<<t:Merci,>>""",
     sig="Agathe Lefèvre\nProfesseure des écoles – École privée Saint-Joseph, Vienne",
     p="other", t=[], act="escalate",
     why="name correction on the account and attestation question"),

dict(s="yahoo-html-recherche-rien", n="Patrice Langlois", a="patrice.langlois@yahoo.fr",
     d="2026-12-01 08:15", c="yahoo", f="html", co="Parents d'élèves et école : coéducation", inv=244,
     b="""<<g:Bonjour,>>

<<c:Je suis bien connecté avec la connexion directe.>> <<fc:J'ai tapé « coéducation » dans la recherche de la page d'accueil, aucun résultat.>> <<fc:Et rien dans la liste non plus.>>

<<t:Merci>>""",
     sig="Patrice Langlois – parent délégué, collège Fernand Léger",
     p="other", t=["find_course"], act="escalate",
     why="he already did what the guide says (list, search) and the course is not there: enrolment to check"),

dict(s="mdp-caracteres-l-ou-i", n="Ophélie Bret", a="ophelie.bret@gmail.com",
     d="2026-12-01 12:12", c="gmail", co="Accompagner les PFMP en lycée professionnel", inv=245,
     b="""<<g:Bonjour,>>

<<fp:Dans le mot de passe que j'ai reçu je n'arrive pas à savoir si c'est un l minuscule ou un I majuscule, du coup il est refusé.>> <<fp:Comment en avoir un autre ?>>

<<t:Merci beaucoup>>""",
     sig="Ophélie Bret – Tutrice, Pharmacie du Centre, Moirans",
     p="other", t=["forgotten_password"], act="reply",
     why="ambiguous characters in the received password: a new one through the recovery page"),

dict(s="animateur-periscolaire-quel-bouton", n="Mehdi Bouzid", a="m.bouzid@ville-fontaine.fr",
     d="2026-12-01 14:40", c="zimbra", co="Égalité filles-garçons", inv=246,
     b="""<<g:Bonjour,>>

<<l:Sur la page il y a un bouton bleu pour les enseignants et un violet pour l'université, moi je suis animateur périscolaire à la ville de Fontaine : je clique où ?>>

<<t:Merci>>""",
     sig="Mehdi Bouzid\nService Enfance – Ville de Fontaine",
     p="other", t=["login"], act="reply",
     why="municipal animator asks which button: Connexion directe"),

dict(s="secretaire-inscrire-intervenant", n="Corinne Faure", a="corinne.faure@ac-grenoble.fr",
     d="2026-12-01 16:02", c="zimbra", co="Théâtre à l'école : partenariats culturels", inv=247,
     b="""<<g:Bonjour,>>

<<c:Nous accueillons une nouvelle intervenante, Mme Lina Haddad, conteuse, qui devrait participer à ce parcours.>> <<o:Pourriez-vous lui créer un compte et l'inscrire ?>> <<c:Son adresse : lina.haddad.conte@gmail.com.>>

<<t:Merci,>>""",
     sig="Corinne Faure\nSecrétariat – Circonscription de Grenoble 2",
     p="other", t=[], act="escalate",
     why="academic secretary asks to create and enrol a guest account for someone else; the account at stake is a manual one"),

dict(s="etudiante-meef-etu-uga-quel-bouton", n="Inès Garcia", a="ines.garcia@etu.univ-grenoble-alpes.fr",
     d="2026-12-01 18:22", c="gmail", co="Accueillir un élève allophone", inv=248,
     b="""<<g:Bonjour,>>

<<c:Je suis étudiante en M1 MEEF et en stage dans une école d'Échirolles.>> <<l:Quel bouton dois-je utiliser pour me connecter à M@gistère ?>>

<<t:Merci !>>""",
     sig="Inès Garcia",
     p="university", t=["login"], act="reply",
     why="UGA student address and no other account mentioned: the domain decides, purple button"),

dict(s="spam-facture-anglais", p="other", t=[], act="ignore",
     why="English spam with a fake invoice",
     raw="""Return-Path: <billing@acc0unts-pay.net>
Received: from unknown (HELO mail.acc0unts-pay.net) ([103.77.12.9])
	by mx1.ac-grenoble.fr (Postfix) with ESMTP id 4QPb7m2Hxv
	for <formation-magistere@ac-grenoble.fr>; Tue, 01 Dec 2026 23:58:12 +0100
From: "Accounts Department" <billing@acc0unts-pay.net>
To: formation-magistere@ac-grenoble.fr
Subject: Invoice #INV-20488 overdue - immediate payment required
Date: Tue, 01 Dec 2026 23:58:10 +0100
Message-ID: <inv20488.1764629890@acc0unts-pay.net>
X-Spam-Flag: YES
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

<<r:Dear customer,>>

<<r:Your invoice #INV-20488 of 1,240.00 EUR is overdue.>> <<r:Please download the attached document and proceed with payment within 48 hours to avoid penalties.>>

<<r:Accounts Department>>
"""),

dict(s="vacation-allemand-suisse", n="Ursula Meier", a="ursula.meier@phzh.ch",
     d="2026-12-02 07:00", c="outlook", q="none", thr=True, co="Langues vivantes : enseigner en DNL", inv=249,
     subj="Automatische Antwort: Invitation : Langues vivantes : enseigner en DNL",
     hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
     b="""<<r:Vielen Dank für Ihre Nachricht.>> <<r:Ich bin bis am 14. Dezember abwesend und habe keinen Zugriff auf meine E-Mails.>> <<r:Je suis absente jusqu'au 14 décembre.>>""",
     p="other", t=[], act="ignore",
     why="German/French out-of-office of a Swiss partner"),

dict(s="compte-va-expirer", n="Lionel Gros", a="lionel.gros@lpo-isere.fr",
     d="2026-11-18 09:09", c="thunderbird", co="Éducation au développement durable", inv=250,
     b="""<<g:Bonjour,>>

<<c:J'ai reçu de M@gistère un mail disant que mon compte invité expirera le 31 décembre.>> <<o:Faut-il faire quelque chose pour le garder jusqu'à la fin de la formation en mars ?>>

<<t:Merci.>>""",
     sig="Lionel Gros\nLPO Isère – animation nature",
     p="other", t=[], act="escalate",
     why="account expiry question"),

dict(s="identifiants-par-courrier-postal", n="Marcelle Bouvier", a="marcelle.bouvier@laposte.net",
     d="2026-11-18 14:55", c="thunderbird", cs="iso-8859-1", e="quoted-printable", co="Accueillir un élève allophone", inv=251,
     b="""<<g:Bonjour,>>

<<o:Serait-il possible de recevoir mes identifiants par courrier postal ?>> <<c:Je n'ai pas d'imprimante et je m'y perds entre les mails.>>

<<t:Avec mes remerciements>>""",
     sig="Marcelle Bouvier\n4 chemin des Vignes, 38330 Montbonnot",
     p="other", t=[], act="escalate",
     why="asks for credentials by post: not a guide procedure"),

dict(s="tuteur-pronote-ent", n="Ludovic Maillet", a="ludovic.maillet@sfr.fr",
     d="2026-11-19 07:40", c="samsung", co="Tuteurs en entreprise : accompagner l'apprenti", inv=252,
     b="""<<g:Bonjour>>
<<l:Mon apprenti m'a dit de passer par Pronote ou l'ENT pour aller sur M@gistère, c'est ça ?>> <<c:Je n'ai pas de compte sur ces sites.>>
<<c:Ludovic Maillet, tuteur, Maillet Paysages>>""",
     p="other", t=["login"], act="reply",
     why="tutor confused about where to log in: the M@gistère address and Connexion directe"),

dict(s="pas-le-temps-plus-tard", n="Estelle Chaix", a="estelle.chaix@outlook.fr",
     d="2026-11-19 12:20", c="outlookcom", co="Éducation à la sexualité", inv=253,
     b="""<<g:Bonjour,>>
<<c:Je n'ai pas le temps cette semaine, je regarderai la plateforme pendant les vacances.>>
<<s:Bonne journée>>""",
     sig="Estelle",
     p="other", t=[], act="ignore",
     why="informs she will look later, no question"),

dict(s="parent-lien-visio", n="Ahmed Belkacem", a="ahmed.belkacem@hotmail.fr",
     d="2026-11-19 19:01", c="outlookcom", co="Parents d'élèves et école : coéducation", inv=254,
     b="""<<g:Bonsoir,>>
<<o:Merci de m'envoyer le lien de la visioconférence de jeudi soir,>> <<c:je ne le trouve pas dans vos mails.>>""",
     sig="A. Belkacem",
     p="other", t=[], act="escalate",
     why="asks for the videoconference link"),

dict(s="lyon-mauvaise-plateforme", n="Cyril Montagne", a="cyril.montagne@ac-lyon.fr",
     d="2026-11-20 10:35", c="apple", co="Enseigner l'oral au lycée professionnel", inv=255,
     b="""<<g:Bonjour,>>

<<l:Je me connecte bien, mais la page d'accueil est celle du M@gistère de l'académie de Lyon, pas de Grenoble,>> <<fc:et je n'y trouve évidemment pas votre formation.>> <<l:Comment arriver sur celui de Grenoble ?>>

<<t:Merci>>""",
     sig="Cyril Montagne\nPLP – Lycée Jacques de Flesselles, Lyon",
     p="other", t=["login", "find_course"], act="reply",
     why="logged into the wrong académie's platform: the Grenoble address, Connexion directe, then step 3"),
]
