# Batch 2
MESSAGES = [
dict(s="pharmacienne-tutrice-mdp-defaut-mobile", n="Inès Charvet", a="ines.charvet@gmail.com",
     d="2026-11-17 12:41", c="gmail_mobile", co="Accompagner les PFMP en lycée professionnel", inv=120,
     b="""<<g:Bonjour>>
<<c:J'accueille une élève de bac pro en PFMP dans ma pharmacie.>> <<c:J'ai bien mon identifiant icharvet,>> <<fp:mais c'est quoi le mot de passe par défaut ??>>
<<t:Merci>>""",
     p="other", t=["forgotten_password"], act="reply",
     why="company tutor knows her username, asks the default password of her manual account"),

dict(s="lyon-jamais-recu-identifiants-apple", n="Stéphane Giraud", a="stephane.giraud@ac-lyon.fr",
     d="2026-11-17 18:03", c="apple", cs="iso-8859-1", e="quoted-printable", co="Langues vivantes : enseigner en DNL", inv=121,
     b="""<<g:Bonjour,>>

<<c:Professeur d'histoire-géographie en section européenne dans l'académie de Lyon, je suis inscrit à votre parcours DNL.>> <<fu:Je n'ai jamais reçu le mail avec mon nom d'utilisateur>> <<fp:et mon mot de passe pour la connexion directe.>> <<fu:Comment puis-je les obtenir ?>>

<<t:Merci,>>""",
     sig="S. Giraud\nLycée Ampère - Lyon",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="other-académie teacher never got his guest credentials; the recovery page sends username and a new password"),

dict(s="chercheuse-uga-compte-invite-quel-bouton", n="Laure Dessaix", a="laure.dessaix@univ-grenoble-alpes.fr",
     d="2026-11-18 09:27", c="zimbra", co="Sciences et éducation artistique", inv=122,
     b="""<<g:Bonjour,>>

<<c:Je suis maîtresse de conférences à l'UGA et j'interviens comme experte extérieure dans ce parcours ; on m'a indiqué qu'un compte invité avait été créé pour moi et j'ai reçu ses identifiants.>> <<l:Dois-je me connecter avec le bouton violet et mon compte UGA, ou avec la connexion directe et le compte invité ?>>

<<t:Merci pour votre réponse.>>""",
     sig="Laure Dessaix\nMCF – Laboratoire LARHRA\nUniversité Grenoble Alpes",
     p="other", t=["login"], act="reply",
     why="UGA address but she says her enrolment is on a manual guest account: which button = Connexion directe"),

dict(s="peep-dates-presentiel-et-connexion", n="Yannick Berthier", a="yannick.berthier@wanadoo.fr",
     d="2026-11-18 20:55", c="outlook", cs="windows-1252", co="Parents d'élèves et école : coéducation", inv=123,
     b="""<<g:Bonsoir,>>

<<c:Représentant PEEP au lycée du Grésivaudan, j’ai bien reçu l’invitation.>> <<l:Je n’arrive pas à me connecter sur le site, la page me renvoie toujours à l’accueil.>> <<o:Pouvez-vous aussi me dire les dates des séances en présentiel ? Je travaille en horaires décalés.>>

<<t:Merci d’avance>>""",
     sig="Yannick Berthier",
     p="other", t=["login"], act="escalate",
     why="login trouble plus a question about the face-to-face dates the guide does not give"),

dict(s="mae-liste-deroulante-se-former", n="Béatrice Lavergne", a="b.lavergne@mae-isere.fr",
     d="2026-11-19 11:12", c="owa", co="Prévention du harcèlement - pHARe", inv=124,
     b="""<<g:Bonjour,>>

<<c:Je suis chargée de prévention à la MAE de l'Isère, partenaire de la formation.>> <<c:Je suis connectée.>> <<fc:Dans la liste déroulante il est marqué « Se former » et je ne vois qu'un ancien parcours de l'an dernier, pas celui sur le harcèlement.>> <<fc:Comment le retrouver ?>>

<<t:Merci et bonne journée>>""",
     sig="Béatrice Lavergne\nChargée de prévention\nMAE Isère",
     p="other", t=["find_course"], act="reply",
     why="guest logged in, the course is not in the filtered list; step 3 (search tool, list of courses)"),

dict(s="bounce-gmail-adresse-introuvable", p="other", t=[], act="ignore",
     why="Gmail delivery status notification (failure) for an invitation",
     raw="""Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QCc0W3nLm
	for <formation-magistere@ac-grenoble.fr>; Thu, 19 Nov 2026 14:02:33 +0100
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: formation-magistere@ac-grenoble.fr
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <invitation-2026-125@ac-grenoble.fr>
In-Reply-To: <invitation-2026-125@ac-grenoble.fr>
X-Failed-Recipients: tutrice.ferme.bio@gmial.com
Message-ID: <6740e9a9.050a0220.1d2f6b.1c2aSMTPIN_ADDED_MISSING@mx.google.com>
Date: Thu, 19 Nov 2026 05:02:33 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b2c47e0625d3f7a1"; report-type=delivery-status

--000000000000b2c47e0625d3f7a1
Content-Type: text/plain; charset="UTF-8"

<<r:** Adresse introuvable **>>

<<r:Impossible de distribuer votre message à tutrice.ferme.bio@gmial.com, car le domaine gmial.com est introuvable.>> <<r:Vérifiez qu'il ne contient pas de faute de frappe ni d'espace inutile, puis réessayez.>>

--000000000000b2c47e0625d3f7a1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; formation-magistere@ac-grenoble.fr
Arrival-Date: Thu, 19 Nov 2026 05:02:32 -0800 (PST)

Final-Recipient: rfc822; tutrice.ferme.bio@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN

--000000000000b2c47e0625d3f7a1--
"""),

dict(s="retraitee-72ans-ou-taper-nom", n="Simone Arnaud", a="simone.arnaud@laposte.net",
     d="2026-11-19 15:48", c="roundcube", q="none", thr=False, co="Accueillir un élève allophone", inv=126,
     subj="formation eleves allophones",
     b="""<<g:Bonjour Madame, Monsieur,>>

<<s:J'ai 72 ans et je ne suis pas très douée avec l'informatique, mes petits-enfants sont loin.>> <<c:Je fais du soutien scolaire bénévole pour des enfants qui arrivent d'Ukraine et on m'a inscrite à votre formation.>> <<c:J'ai le papier avec mon nom d'utilisateur et mon mot de passe.>> <<l:Mais sur le site je ne trouve pas où les taper, il n'y a que des boutons « Connexion ».>>

<<t:Je vous remercie beaucoup de votre patience.>>""",
     sig="Simone Arnaud\n12 rue des Alpes, Échirolles",
     p="other", t=["login"], act="reply",
     why="retired volunteer has her credentials but does not know where to enter them: Connexion directe"),

dict(s="clermont-identifiant-incorrect", n="Olivier Chabert", a="olivier.chabert@ac-clermont.fr",
     d="2026-11-20 08:16", c="thunderbird", co="Devenir formateur EAFC", inv=127,
     b="""<<g:Bonjour,>>

<<c:Formateur de l'académie de Clermont-Ferrand, je suis inscrit au module commun avec Grenoble.>> <<c:J'utilise bien « Connexion directe à M@gistère ».>> <<fu:Je ne suis pas certain du nom d'utilisateur qu'on m'a attribué (ochabert ? olivier.chabert ?)>> <<fp:et de toute façon j'obtiens « Nom d'utilisateur ou mot de passe incorrect ».>>

<<t:Merci de votre aide.>>""",
     sig="Olivier Chabert\nDAFPEN - Académie de Clermont-Ferrand",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="guest unsure of his username and rejected at login; the forgotten-credentials page of the other case"),

dict(s="planning-familial-pas-de-compte-orange", n="Aurélie Tissot", a="aurelie.tissot@orange.fr",
     d="2026-11-20 13:30", c="orange", co="Éducation à la sexualité", inv=128,
     b="""<<g:Bonjour,>>
<<c:J'interviens pour le Planning familial de l'Isère dans les collèges.>> <<fu:Je n'ai reçu aucun identifiant>> <<fp:ni mot de passe,>> <<fu:et je ne crois pas avoir de compte M@gistère : faut-il que j'en crée un ?>>
<<t:Merci>>""",
     sig="Aurélie Tissot – Planning familial 38",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="external speaker thinks she has no account: the guide explains the manual account and how to get the credentials again"),

dict(s="absent-du-bureau-sans-entete-prive", n="Secrétariat Institution Notre-Dame", a="secretariat@notredame-grenoble.fr",
     d="2026-11-20 16:40", c="outlook", q="none", thr=False, co="Évaluer par compétences", inv=129,
     subj="Absent du bureau : Invitation : Évaluer par compétences",
     b="""<<r:Le secrétariat est fermé du 20 au 23 novembre.>> <<r:Votre message ne sera pas transféré.>> <<r:Pour une urgence concernant un élève, appelez le 04 76 87 23 11.>>""",
     p="other", t=[], act="ignore",
     why="out-of-office made by an Outlook client rule, no auto headers, 'Absent du bureau' subject"),

dict(s="intervenant-attestation-frais", n="Gilles Morand", a="gilles.morand@free.fr",
     d="2026-11-21 10:05", c="roundcube", co="Laïcité et valeurs de la République", inv=130,
     b="""<<g:Bonjour,>>

<<c:J'ai animé la table ronde du 18 novembre au titre de l'association Mémoire et citoyenneté.>> <<o:Pourriez-vous m'adresser une attestation d'intervention,>> <<o:ainsi que le formulaire pour le remboursement de mes frais de déplacement (Gap-Grenoble aller-retour) ?>>

<<t:Avec mes remerciements,>>""",
     sig="Gilles Morand\nAssociation Mémoire et citoyenneté - Hautes-Alpes",
     p="other", t=[], act="escalate",
     why="external speaker asks for an attestation and travel costs: no guide topic"),

dict(s="prive-compte-invite-prenom-nom-ou-mail", n="Marion Bouvier", a="marion.bouvier74@gmail.com",
     d="2026-11-21 17:21", c="gmail", co="École inclusive : les besoins éducatifs particuliers", inv=131,
     b="""<<g:Bonjour,>>

<<c:Je suis suppléante dans une école privée sous contrat à Thonon et mon adresse académique n'est pas encore activée, donc on m'a créé un compte invité.>> <<fu:Pour me connecter, mon nom d'utilisateur c'est marion.bouvier ou bien mon adresse mail en entier ?>>

<<t:Merci d'avance !>>
<<c:Marion>>""",
     p="other", t=["forgotten_username"], act="reply",
     why="private-school substitute on a guest account unsure which username is hers"),

dict(s="caviste-tuteur-aucun-parcours-samsung", n="Fabrice Lacroix", a="fabrice.lacroix@sfr.fr",
     d="2026-11-22 07:12", c="samsung", co="Tuteurs en entreprise : accompagner l'apprenti", inv=132, idays=2,
     b="""<<g:Bonjour>>
<<c:j'ai réussi à me connecter avec connexion directe>> <<fc:mais la page affiche "vous n'êtes inscrit à aucun parcours">> <<fc:donc je ne vois pas la formation des tuteurs>>
<<c:Fabrice Lacroix cave du Vieux Chambéry>>""",
     p="other", t=["find_course"], act="escalate",
     why="logged in but enrolled in no course at all: a human must check the enrolment (guide assumes the course is listed)"),

dict(s="ipad-ok-je-vais-essayer", n="Denise Ravel", a="denise.ravel@wanadoo.fr",
     d="2026-11-22 11:33", c="ipad", co="Accueillir un élève allophone", inv=133,
     b="""<<g:Bonjour>>
<<t:Merci pour ces explications>> <<c:je vais essayer ce soir avec ma fille.>>""",
     p="other", t=[], act="ignore",
     why="thanks and no question: nobody needs to answer"),

dict(s="aix-bottom-post-bouton-direct", n="Nicolas Pellegrin", a="nicolas.pellegrin@ac-aix-marseille.fr",
     d="2026-11-22 21:09", c="thunderbird", q="bottom", co="Enseigner l'oral au lycée professionnel", inv=134,
     b="""<<g:Bonjour,>>

<<c:Enseignant dans l'académie d'Aix-Marseille, je n'ai pas de compte académique grenoblois.>> <<l:Sur la page M@gistère de Grenoble, je ne vois pas où est la « Connexion directe » dont parle votre message.>>

<<t:Cordialement et merci>>""",
     sig="N. Pellegrin",
     p="other", t=["login"], act="reply",
     why="other-académie teacher, bottom-posted, cannot find the Connexion directe button"),

dict(s="atsem-mairie-quel-identifiant", n="Patricia Combe", a="p.combe@mairie-seyssinet-pariset.fr",
     d="2026-11-23 13:58", c="zimbra", cs="iso-8859-1", e="quoted-printable", co="Premiers secours en milieu scolaire", inv=135,
     b="""<<g:Bonjour,>>

<<c:Je suis ATSEM à l'école maternelle Vercors, employée par la mairie, et l'école m'a inscrite à la formation.>> <<c:Je n'ai pas d'adresse académique.>> <<fu:Quel identifiant dois-je utiliser pour me connecter ?>>

<<t:Merci beaucoup>>""",
     sig="Patricia Combe\nMairie de Seyssinet-Pariset",
     p="other", t=["forgotten_username"], act="reply",
     why="municipal employee without academic account asks which identifier: manual account credentials"),

dict(s="deux-mails-deux-noms-utilisateur-outlookcom", n="Maxime Dupont", a="maxime.dupont@hotmail.fr",
     d="2026-11-23 19:44", c="outlookcom", co="Égalité filles-garçons", inv=136,
     b="""<<g:Bonjour,>>

<<c:J'ai reçu deux mails de M@gistère à une semaine d'intervalle, l'un avec le nom d'utilisateur mdupont et l'autre avec mdupont2.>> <<fu:Lequel est le bon pour la formation Égalité filles-garçons ?>> <<o:Faut-il fermer l'autre compte ?>>

<<t:Merci.>>""",
     sig="Maxime Dupont\nÉducateur spécialisé - Sauvegarde 38",
     p="other", t=["forgotten_username"], act="escalate",
     why="two guest accounts: only a human can tell which is enrolled and whether to close one"),

dict(s="newsletter-reseau-partenaires", p="other", t=[], act="ignore",
     why="mailing-list newsletter (List-Id, List-Unsubscribe, Precedence: list)",
     raw="""Return-Path: <bounce-partenaires@listes.ligue-auvergne-rhone-alpes.org>
Received: from listes.ligue-auvergne-rhone-alpes.org (listes.ligue-auvergne-rhone-alpes.org [91.121.44.18])
	by mx1.ac-grenoble.fr (Postfix) with ESMTP id 4QDx1R0kTq
	for <formation-magistere@ac-grenoble.fr>; Tue, 24 Nov 2026 07:00:04 +0100
From: "Réseau des partenaires éducatifs" <partenaires@listes.ligue-auvergne-rhone-alpes.org>
To: partenaires@listes.ligue-auvergne-rhone-alpes.org
Subject: =?utf-8?Q?La_lettre_des_partenaires_=E2=80=93_novembre_2026?=
Date: Tue, 24 Nov 2026 07:00:01 +0100
Message-ID: <lettre-2026-11.8841@listes.ligue-auvergne-rhone-alpes.org>
Precedence: list
List-Id: Partenaires educatifs <partenaires.listes.ligue-auvergne-rhone-alpes.org>
List-Unsubscribe: <mailto:sympa@listes.ligue-auvergne-rhone-alpes.org?subject=unsubscribe%20partenaires>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

<<r:La lettre des partenaires – novembre 2026>>

<<r:- Retour sur les rencontres éducation populaire du 12 novembre>>
<<r:- Appel à projets « Vacances apprenantes » : dépôt avant le 15 décembre>>
<<r:- Nouvelle formation des bénévoles à l'accompagnement scolaire>>

<<r:Pour vous désabonner, écrivez à sympa@listes.ligue-auvergne-rhone-alpes.org.>>
"""),

dict(s="secretariat-prive-codes-adresse-perso-fwd", n="Sophie Lambert", a="secretariat@college-sainte-marie-chambery.fr",
     d="2026-11-24 10:18", c="gmail", q="fwd", co="Évaluer par compétences", inv=137,
     to_inv="c.rolland@college-sainte-marie-chambery.fr",
     b="""<<g:Bonjour,>>

<<c:Je vous fais suivre l'invitation reçue pour Mme Rolland, enseignante chez nous depuis la rentrée.>> <<c:Elle n'a pas encore d'adresse académique et ne consulte pas la boîte de l'établissement.>> <<o:Pourriez-vous lui envoyer ses identifiants M@gistère directement sur son adresse personnelle : catherine.rolland@yahoo.fr ?>>

<<t:Merci beaucoup,>>""",
     sig="Sophie Lambert\nSecrétariat de direction\nCollège Sainte-Marie – Chambéry",
     p="other", t=[], act="escalate",
     why="a secretary asks to send a teacher's credentials to another address: human action on the account"),

dict(s="yahoo-lien-reinitialisation-expire", n="Raymond Coste", a="raymond.coste@yahoo.fr",
     d="2026-11-24 16:27", c="yahoo", co="Laïcité et valeurs de la République", inv=138,
     b="""<<g:Bonjour>>

<<c:Ancien principal de collège, je suis à la retraite et je participe à la formation comme membre de l'association des anciens.>> <<fp:J'ai demandé un nouveau mot de passe mais quand j'ai cliqué sur le lien reçu le lendemain il m'a dit que le lien avait expiré.>> <<fp:Que dois-je faire ?>>

<<t:Merci>>""",
     sig="R. Coste",
     p="other", t=["forgotten_password"], act="reply",
     why="retired guest: the reset link expired, the same recovery page can be used again"),

dict(s="tuteur-btp-adresse-mail-comme-nom-cp1252-img", n="Sébastien Mathieu", a="s.mathieu@btp-savoie-construction.fr",
     d="2026-11-25 07:55", c="outlook", cs="cp1252-as-latin1", img=True, co="Tuteurs en entreprise : accompagner l'apprenti", inv=139,
     b="""<<g:Bonjour,>>

<<c:Je suis chef de chantier et tuteur d’un apprenti en bac pro.>> <<l:Sur « Connexion directe », je tape mon adresse mail dans nom d’utilisateur et le site me répond que c’est incorrect.>> <<fu:C’est quoi mon nom d’utilisateur alors ?>>

<<t:Merci>>""",
     sig="Sébastien Mathieu\nChef de chantier\nSavoie Construction – 73200 Albertville\nTél : 06 12 45 78 90",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="company tutor types his e-mail as username and is refused: forgotten username + login of the other case"),

dict(s="prof-espagne-echange-entrer", n="Lucía Fernández", a="lucia.fernandez.prof@gmail.com",
     d="2026-11-25 14:09", c="gmail_html", co="Langues vivantes : enseigner en DNL", inv=140,
     b="""<<g:Hola, bonjour,>>

<<c:Je suis professeur de Espagne en échange Jules Verne au lycée de Voiron cette année.>> <<l:Je ne comprends pas comment entrer dans la plateforme,>> <<l:il y a trois façons de connexion et je ne sais pas la mienne.>>

<<t:Merci beaucoup et pardon pour mon français>>""",
     sig="Lucía Fernández",
     p="other", t=["login"], act="reply",
     why="exchange teacher from Spain (guest account) does not know which login to choose"),

dict(s="parent-parcours-vide-gmail-html", n="Thomas Roussel", a="thomas.roussel.fcpe@gmail.com",
     d="2026-11-25 21:38", c="gmail_html", co="Parents d'élèves et école : coéducation", inv=141,
     b="""<<g:Bonsoir,>>

<<c:J'ai pu me connecter avec la connexion directe et j'ai bien trouvé le parcours coéducation.>> <<o:Mais il est vide : aucune vidéo, aucun document, juste le titre.>> <<o:Est-ce normal ?>>

<<t:Merci>>""",
     sig="Thomas Roussel – parent élu FCPE, école Jean Jaurès",
     p="other", t=[], act="escalate",
     why="inside the course, content missing: a question about the course for a human"),

dict(s="accuse-lecture-thunderbird", p="other", t=[], act="ignore", qpc="utf-8",
     why="Thunderbird return receipt (MDN)",
     raw="""Return-Path: <jean-paul.vernet@lapeyrouse-conseil.fr>
Received: from smtp.lapeyrouse-conseil.fr (smtp.lapeyrouse-conseil.fr [62.210.18.77])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QF2dK6WyB
	for <formation-magistere@ac-grenoble.fr>; Thu, 26 Nov 2026 09:14:02 +0100
From: Jean-Paul Vernet <jean-paul.vernet@lapeyrouse-conseil.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: =?UTF-8?Q?Accus=C3=A9_de_lecture_=28affich=C3=A9=29_-_Invitation_:_Le_num=C3=A9rique_responsable?=
Date: Thu, 26 Nov 2026 09:14:00 +0100
Message-ID: <3b1e2f40-88c1-4a3e-9d2f-77a01c5e92b4@lapeyrouse-conseil.fr>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------5Gq0mUe4Ja1vXr2hDo7Ab3Tk"

This is a multi-part message in MIME format.
--------------5Gq0mUe4Ja1vXr2hDo7Ab3Tk
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<<r:Ceci est un accus=C3=A9 de lecture pour le courriel envoy=C3=A9 le 23/11/2026 =C3=A0 10:00 =C3=A0 Jean-Paul Vernet <jean-paul.vernet@lapeyrouse-conseil.fr>>>

<<r:Note : cet accus=C3=A9 de lecture indique seulement que le message a =C3=A9t=C3=A9 affich=C3=A9 sur l'ordinateur du destinataire.>>

--------------5Gq0mUe4Ja1vXr2hDo7Ab3Tk
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: lapeyrouse-conseil.fr; Thunderbird 128.5.0
Final-Recipient: rfc822;jean-paul.vernet@lapeyrouse-conseil.fr
Original-Message-ID: <invitation-2026-142@ac-grenoble.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------5Gq0mUe4Ja1vXr2hDo7Ab3Tk--
"""),

dict(s="recuperation-aucun-compte-adresse", n="Valérie Dubreuil", a="valerie.dubreuil@gmx.fr",
     d="2026-11-26 12:50", c="thunderbird", co="Éducation au développement durable", inv=143,
     b="""<<g:Bonjour,>>

<<c:Je suis animatrice nature au CPIE Vercors.>> <<fp:J'ai voulu récupérer mon mot de passe avec le lien « Nom d'utilisateur ou mot de passe oublié ? »>> <<fp:mais la page me dit qu'aucun compte ne correspond à mon adresse valerie.dubreuil@gmx.fr.>> <<o:C'est pourtant sur cette adresse que j'ai reçu votre invitation.>>

<<t:Merci de regarder.>>""",
     sig="Valérie Dubreuil\nCPIE Vercors",
     p="other", t=["forgotten_password"], act="escalate",
     why="the recovery page finds no account for her address: a human must check the account"),

dict(s="retraite-numen-pas-possible-ipad", n="Henri Blanchet", a="henri.blanchet@free.fr",
     d="2026-11-26 17:35", c="ipad", co="Devenir formateur EAFC", inv=144,
     b="""<<g:Bonjour,>>
<<c:Retraité de l'Éducation nationale depuis 2023, je suis formateur associé bénévole.>> <<fp:Pour retrouver mon mot de passe, la page de l'académie me demande mon NUMEN, que je n'ai plus.>> <<fp:Comment faire ?>>
<<t:Merci>>""",
     sig="Henri Blanchet",
     p="other", t=["forgotten_password"], act="reply",
     why="retired, no academic account any more: the other-case recovery needs only the e-mail address, not the NUMEN"),

dict(s="ca-marche-pas-samsung", n="Kevin Morel", a="kevin.morel.garage@sfr.fr",
     d="2026-11-27 06:58", c="samsung", co="Accompagner les PFMP en lycée professionnel", inv=145,
     b="""<<g:bjr>>
<<u:ca marche pas votre truc>>""",
     p="other", t=[], act="escalate",
     why="no detail at all on what fails: unclear, needs a human"),

dict(s="merci-tout-fonctionne-a-bientot", n="Gaëlle Riou", a="gaelle.riou@orange.fr",
     d="2026-11-27 13:20", c="orange", co="Théâtre à l'école : partenariats culturels", inv=146,
     b="""<<g:Bonjour,>>
<<c:Tout fonctionne, j'ai pu me connecter et voir le parcours.>> <<t:Merci beaucoup et à bientôt en formation !>>""",
     sig="Gaëlle Riou – Compagnie Le Souffleur",
     p="other", t=[], act="ignore",
     why="closes the matter: she succeeded"),

dict(s="vacation-english-partner", n="Emma Clarke", a="emma.clarke@britishcouncil.org",
     d="2026-11-27 15:02", c="outlook", q="none", thr=True, co="Langues vivantes : enseigner en DNL", inv=140,
     subj="Automatic reply: Invitation : Langues vivantes : enseigner en DNL",
     hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     b="""<<r:Thank you for your email.>> <<r:I am out of the office until 7 December with no access to email.>> <<r:For urgent matters please contact schools.france@britishcouncil.org.>>""",
     p="other", t=[], act="ignore",
     why="English out-of-office of a foreign partner with auto headers"),
]
