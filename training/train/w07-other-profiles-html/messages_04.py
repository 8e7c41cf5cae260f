# Batch 4
MESSAGES = [
dict(s="apple-img-retraitee-identifiant-adresse", n="Martine Guillot", a="martine.guillot@mac.com",
     d="2026-11-24 09:18", c="apple", img=True, co="Langues vivantes : enseigner en DNL", inv=176,
     b="""<<g:Bonjour,>>

<<c:Ancienne professeure d'allemand, je suis désormais à la retraite et j'accompagne bénévolement les échanges franco-allemands.>> <<fu:Mon identifiant M@gistère est-il mon adresse mail, ou un nom d'utilisateur particulier ?>>

<<t:Merci et bonne journée>>""",
     sig="Martine Guillot\nComité de jumelage Grenoble-Essen",
     p="other", t=["forgotten_username"], act="reply",
     why="retired teacher with a guest account asks what her identifier is"),

dict(s="free-zimbra-session-expiree", n="Laurent Barbier", a="laurent.barbier@free.fr",
     d="2026-11-24 13:47", c="zimbra", cs="iso-8859-1", e="quoted-printable", co="Premiers secours en milieu scolaire", inv=177,
     b="""<<g:Bonjour,>>

<<c:Moniteur de secourisme à la Protection civile, je suis inscrit à la formation.>> <<l:Après avoir cliqué sur Connexion directe et saisi mes identifiants, j'obtiens une page blanche avec « Votre session a expiré, veuillez vous reconnecter », et ça recommence en boucle.>> <<c:J'ai essayé sur Firefox et sur Chrome.>>

<<t:Merci de votre aide.>>""",
     sig="L. Barbier\nProtection civile de l'Isère",
     p="other", t=["login"], act="escalate",
     why="a technical session error looping after login: not answered by the guide's steps"),

dict(s="retraitee-ancien-identifiant-academique-ko", n="Évelyne Charpin", a="evelyne.charpin@orange.fr",
     d="2026-11-25 10:02", c="orange", co="Devenir formateur EAFC", inv=178,
     b="""<<g:Bonjour,>>
<<c:Avant ma retraite je me connectais à M@gistère avec mon identifiant académique (echarpin).>> <<l:Depuis septembre ça ne marche plus du tout avec le bouton bleu.>> <<fu:Je n'ai pas d'autre identifiant, comment faire ?>>
<<t:Merci>>""",
     sig="Évelyne Charpin",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="retired, academic account closed, now a manual account: Connexion directe and the recovery page"),

dict(s="etudiant-uga-service-civique-compte-uga", n="Hugo Martinez", a="hugo.martinez.38@gmail.com",
     d="2026-11-25 16:20", c="gmail", co="Égalité filles-garçons", inv=179,
     b="""<<g:Bonjour,>>

<<c:Je suis en service civique dans une école de Fontaine et étudiant en L3 à l'UGA ; j'ai été inscrit à la formation avec mon compte étudiant UGA.>> <<l:Je ne sais pas comment me connecter : il faut prendre quel bouton ?>>

<<t:Merci d'avance>>""",
     sig="Hugo",
     p="university", t=["login"], act="reply",
     why="gmail sender but enrolled with his UGA student account: university login (purple button, SUPIDP)"),

dict(s="aesh-gmail-identifiant-academique", n="Sabrina Touati", a="sabrina.touati@gmail.com",
     d="2026-11-26 08:44", c="gmail_mobile", co="École inclusive : les besoins éducatifs particuliers", inv=180,
     b="""<<g:Bonjour>>
<<c:Je suis AESH au collège Jean Vilar à Échirolles, contrat avec l'académie depuis la rentrée.>> <<fu:Je n'ai jamais su quel était mon identifiant académique>> <<c:et je n'ai jamais ouvert ma messagerie académique.>>
<<t:Merci>>""",
     p="academic", t=["forgotten_username"], act="reply",
     why="AESH of the académie writing from gmail: academic identifier unknown (NUMEN link)"),

dict(s="tuteur-plusieurs-parcours-lequel-owa-html", n="Arnaud Cordier", a="arnaud.cordier@alpes-meca.fr",
     d="2026-11-26 11:15", c="owa", f="html", co="Tuteurs en entreprise : accompagner l'apprenti", inv=181,
     b="""<<g:Bonjour,>>

<<c:Je suis connecté à M@gistère avec mon compte invité.>> <<fc:J'ai beaucoup de formations dans la liste (je suis tuteur depuis plusieurs années), comment trouver celle de cette année ?>>

<<t:Cordialement>>""",
     sig="Arnaud Cordier\nResponsable formation – Alpes Méca",
     p="other", t=["find_course"], act="reply",
     why="many courses listed: the guide's search tool remark answers"),

dict(s="parent-plainte-troisieme-fois", n="Martial Ribeiro", a="martial.ribeiro@orange.fr",
     d="2026-11-26 21:50", c="orange", co="Parents d'élèves et école : coéducation", inv=182,
     b="""<<g:Bonjour,>>
<<o:C'est la troisième fois que j'écris à cette adresse et personne ne me répond !>> <<l:Je n'arrive toujours pas à me connecter à votre plateforme.>> <<o:C'est inadmissible pour une formation à laquelle on nous demande de participer bénévolement.>>""",
     sig="M. Ribeiro – parent délégué",
     p="other", t=["login"], act="escalate",
     why="a complaint about unanswered mails that needs a human answer, beside the login problem"),

dict(s="phishing-boite-pleine", p="other", t=[], act="ignore",
     why="phishing spam",
     raw="""Return-Path: <admin@webmail-securite-update.com>
Received: from vps-7731.webmail-securite-update.com (vps-7731.webmail-securite-update.com [185.222.58.14])
	by mx1.ac-grenoble.fr (Postfix) with ESMTP id 4QJd8F1mQr
	for <formation-magistere@ac-grenoble.fr>; Fri, 27 Nov 2026 02:41:09 +0100
From: "Administrateur Messagerie" <admin@webmail-securite-update.com>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Votre_bo=C3=AEte_aux_lettres_est_pleine_=E2=80=93_action_requise?=
Date: Fri, 27 Nov 2026 02:41:07 +0100
Message-ID: <20261127024107.77310@webmail-securite-update.com>
X-Spam-Status: Yes, score=11.2 required=5.0
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p><<r:Cher utilisateur,>></p>
<p><<r:Votre boîte aux lettres a atteint 99 % de sa capacité.>> <<r:Vous ne pourrez plus recevoir de messages dans 24 heures.>></p>
<p><a href="http://webmail-securite-update.com/valider"><<r:Cliquez ici pour valider votre compte>></a></p></body></html>
"""),

dict(s="intervenant-changer-groupe-jeudi", n="Didier Lopez", a="didier.lopez@judo-club-meylan.fr",
     d="2026-11-27 09:33", c="thunderbird", co="Égalité filles-garçons", inv=183,
     b="""<<g:Bonjour,>>

<<c:Éducateur sportif au Judo Club de Meylan, je suis inscrit dans le groupe du mardi.>> <<o:Serait-il possible de passer dans le groupe du jeudi ?>> <<c:Le mardi je donne mes cours.>>

<<t:Merci beaucoup>>""",
     sig="Didier Lopez",
     p="other", t=[], act="escalate",
     why="change of group request"),

dict(s="nouveau-mdp-recu-ne-marche-pas", n="Caroline Brun", a="caroline.brun.tutrice@gmail.com",
     d="2026-11-27 12:08", c="gmail", co="Accompagner les PFMP en lycée professionnel", inv=184,
     b="""<<g:Bonjour,>>

<<c:J'ai bien reçu le mail avec un nouveau mot de passe après avoir fait « mot de passe oublié ».>> <<fp:Mais ce nouveau mot de passe ne fonctionne pas non plus,>> <<c:je l'ai copié-collé sans espace.>>

<<t:Merci de votre aide>>""",
     sig="Caroline Brun\nTutrice – Crèche Les Petits Loups, Sassenage",
     p="other", t=["forgotten_password"], act="escalate",
     why="the reset procedure was followed and the new password is refused: beyond the guide"),

dict(s="apple-fwd-je-ne-trouve-pas", n="Benoît Carré", a="benoit.carre@icloud.com",
     d="2026-11-27 17:42", c="apple", q="fwd", co="Tuteurs en entreprise : accompagner l'apprenti", inv=185,
     b="""<<g:Bonjour,>>
<<c:Voir votre mail ci-dessous.>> <<c:Je suis connecté,>> <<fc:mais je ne trouve pas cette formation sur la page.>>
<<c:Benoît Carré, tuteur au Super U de Crolles>>""",
     p="other", t=["find_course"], act="reply",
     why="tutor forwards the invitation back: logged in, cannot find the course"),

dict(s="samsung-compte-nexiste-pas", n="Jessica Michaud", a="jessica.michaud@sfr.fr",
     d="2026-11-28 08:21", c="samsung", co="Parents d'élèves et école : coéducation", inv=186,
     b="""<<g:Bonjour>>
<<l:Quand j'essaie de me connecter le site me dit que mon compte n'existe pas>> <<c:alors que j'ai bien reçu l'invitation>>
<<c:Maman d'élève au conseil d'école de l'école Marie Curie>>""",
     p="other", t=["login"], act="reply",
     why="parent gets 'account does not exist' at login: usually the wrong button or identifier; the other-case login section"),

dict(s="mutee-versailles-compte-invite-en-attendant", n="Aline Perrot", a="aline.perrot@gmail.com",
     d="2026-11-28 10:55", c="gmail", co="Évaluer par compétences", inv=187,
     b="""<<g:Bonjour,>>

<<c:Je viens d'arriver de l'académie de Versailles en cours d'année et mon identifiant académique grenoblois n'est pas encore créé ; on m'a ouvert un compte invité M@gistère en attendant.>> <<l:Pour cette formation je dois donc me connecter avec le compte invité, et par quel bouton ?>>

<<t:Merci !>>""",
     sig="Aline Perrot",
     p="other", t=["login"], act="reply",
     why="newly transferred teacher explicitly uses her guest account for now: Connexion directe"),

dict(s="retraite-bien-recu-merci", n="Pierre Dufour", a="pierre.dufour@laposte.net",
     d="2026-11-28 14:30", c="roundcube", co="Laïcité et valeurs de la République", inv=188,
     b="""<<t:Bien reçu, merci.>>""",
     sig="P. Dufour",
     p="other", t=[], act="ignore",
     why="acknowledgement only"),

dict(s="renvoyer-identifiants-par-mail-gmail-html", n="Nicole Aubert", a="nicole.aubert.asso@gmail.com",
     d="2026-11-28 18:09", c="gmail_html", co="Accueillir un élève allophone", inv=189,
     b="""<<g:Bonjour,>>

<<fu:Pouvez-vous me renvoyer mon nom d'utilisateur>> <<fp:et mon mot de passe par mail ?>> <<c:Je ne les retrouve plus.>>

<<t:Merci beaucoup>>""",
     sig="Nicole Aubert\nAssociation Alpha Savoie",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="asks to have her credentials sent again: the recovery page does exactly that"),

dict(s="thunderbird-latin1-mdp-change-hier", n="Sylvain Jacquet", a="sylvain.jacquet@fol74.org",
     d="2026-11-29 09:12", c="thunderbird", cs="iso-8859-1", e="8bit", co="Éducation au développement durable", inv=190,
     b="""<<g:Bonjour,>>

<<c:J'ai changé mon mot de passe M@gistère hier avec le lien reçu, je suis sûr de lui.>> <<l:Pourtant je n'arrive pas à me connecter : la page me redemande sans cesse un identifiant académique.>>

<<t:Merci d'avance,>>""",
     sig="Sylvain Jacquet\nFOL 74 - Annecy",
     p="other", t=["login"], act="reply",
     why="partner with a working guest password lands on the academic portal: Connexion directe"),

dict(s="outlookcom-identifiant-parcours-duree", n="Yasmine Khelifi", a="yasmine.khelifi@live.fr",
     d="2026-11-29 13:40", c="outlookcom", co="Éducation à la sexualité", inv=191,
     b="""<<g:Bonjour,>>

<<c:Intervenante pour une association de prévention santé,>> <<fu:je n'ai pas retrouvé mon identifiant.>> <<fc:Et une fois connectée, où se trouve la formation ?>> <<o:Enfin, combien d'heures faut-il prévoir pour la partie à distance ?>>

<<t:Merci>>""",
     sig="Yasmine Khelifi",
     p="other", t=["forgotten_username", "find_course"], act="escalate",
     why="two guide topics plus a question on the course workload the guide does not answer"),

dict(s="zimbra-vacation-prof-prive", n="Thibault Girard", a="thibault.girard@free.fr",
     d="2026-11-29 16:00", c="zimbra", q="none", thr=True, co="Enseigner l'oral au lycée professionnel", inv=192,
     subj="Re: Invitation : Enseigner l'oral au lycée professionnel",
     hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"},
     b="""<<r:Bonjour, je suis absent jusqu'au lundi 7 décembre.>> <<r:Je vous répondrai à mon retour.>> <<r:T. Girard>>""",
     p="other", t=[], act="ignore",
     why="Zimbra vacation auto-reply"),

dict(s="yahoo-trouve-pas-le-site", n="Lucienne Gay", a="lucienne.gay@yahoo.fr",
     d="2026-11-29 19:25", c="yahoo", co="Accueillir un élève allophone", inv=193,
     b="""<<g:Bonjour>>
<<l:Je n'arrive pas à trouver le site pour me connecter,>> <<c:le lien ne s'ouvre pas sur ma tablette.>>
<<t:Merci>>""",
     sig="Lucienne Gay",
     p="other", t=["login"], act="reply",
     why="cannot reach the site: the guide gives the address to type"),

dict(s="iphone-pas-le-bon-tuteur", n="Franck Delorme", a="franck.delorme@transports-delorme.fr",
     d="2026-11-30 07:05", c="iphone", co="Tuteurs en entreprise : accompagner l'apprenti", inv=194,
     b="""<<g:Bonjour,>>
<<o:Je pense qu'il y a une erreur : je ne suis pas le tuteur de l'apprenti, c'est mon associé Paul Delorme.>> <<o:Merci de corriger.>>""",
     p="other", t=[], act="escalate",
     why="wrong person invited: registration to correct"),

dict(s="musee-videos-ne-se-lancent-pas-cp1252", n="Hélène Vauthier", a="helene.vauthier@musee-grenoble.fr",
     d="2026-11-30 10:50", c="outlook", cs="windows-1252", img=True, co="Sciences et éducation artistique", inv=195,
     b="""<<g:Bonjour,>>

<<c:J’ai bien reçu mes identifiants, la connexion directe fonctionne et je suis dans le parcours.>> <<o:En revanche, les vidéos de la séquence 2 ne se lancent pas (écran noir), sur deux ordinateurs différents.>>

<<t:Bonne journée,>>""",
     sig="Hélène Vauthier\nChargée de médiation – Musée de Grenoble\n5 place Lavalette – 38000 Grenoble",
     p="other", t=[], act="escalate",
     why="a bug inside the course (videos)"),

dict(s="lyon-compte-pourquoi-pas-grenoble", n="Mickaël Brunel", a="mickael.brunel@ac-lyon.fr",
     d="2026-11-30 14:14", c="zimbra", co="Prévention du harcèlement - pHARe", inv=196,
     b="""<<g:Bonjour,>>

<<l:Pourquoi mon identifiant de l'académie de Lyon ne fonctionne-t-il pas sur le M@gistère de Grenoble ?>> <<l:Comment dois-je me connecter ?>>

<<t:Cordialement,>>""",
     sig="Mickaël Brunel\nProfesseur d'EPS – Lycée Charlie Chaplin, Décines",
     p="other", t=["login"], act="reply",
     why="other-académie teacher: his enrolment is a guest account, Connexion directe"),

dict(s="gmail-mobile-identifiant-point-dinterrogation", n="Anthony Leroy", a="anthony.leroy69@gmail.com",
     d="2026-11-30 18:30", c="gmail_mobile", co="Accompagner les PFMP en lycée professionnel", inv=197,
     b="""<<fu:identifiant ?>>""",
     p="other", t=["forgotten_username"], act="reply",
     why="one word, clearly asking for his identifier"),

dict(s="formateur-a-ecrit-identifiants-academiques", n="Carole Ménard", a="carole.menard@gmail.com",
     d="2026-12-01 09:01", c="gmail_html", img=True, co="Accueillir un élève allophone", inv=198,
     b="""<<g:Bonjour,>>

<<c:Le formateur, M. Dupont, a écrit : « connectez-vous avec vos identifiants académiques »>> <<c:mais je suis bénévole au CADA de Grenoble et je n'en ai pas.>> <<l:Comment dois-je me connecter ?>>

<<t:Merci>>""",
     sig="Carole Ménard\nBénévole – CADA Grenoble",
     p="other", t=["login"], act="reply",
     why="volunteer quotes the trainer's instruction but has only a guest account: Connexion directe"),

dict(s="iphone-tout-marche-compte-invite", n="Gérard Lemoine", a="gerard.lemoine@icloud.com",
     d="2026-12-01 11:45", c="iphone", co="Devenir formateur EAFC", inv=199,
     b="""<<g:Bonjour,>>
<<c:Je voulais juste vous dire que tout marche avec le compte invité, je vois bien la formation.>> <<t:Merci pour votre aide>>""",
     p="other", t=[], act="ignore",
     why="closes the matter"),

dict(s="non-remis-exchange-fr", p="other", t=[], act="ignore", qpc="utf-8",
     why="Exchange non-delivery report in French ('Non remis')",
     raw="""Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2090.outbound.protection.outlook.com [40.107.105.90])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QKp0m5sZd
	for <formation-magistere@ac-grenoble.fr>; Tue, 01 Dec 2026 14:20:31 +0100
From: postmaster@groupe-savoie-habitat.fr
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Non_remis=C2=A0:_Invitation_:_Tuteurs_en_entreprise_:_accompagner_l'apprenti?=
Date: Tue, 1 Dec 2026 13:20:30 +0000
Message-ID: <9c1a8e2b-5fd4-4c07-b0a1-2d3e8f6a7b90@AM7PR02MB6321.eurprd02.prod.outlook.com>
Auto-Submitted: auto-replied
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a7c3e2f1-4b5d-4e6f-8a9b-0c1d2e3f4a5b"

--a7c3e2f1-4b5d-4e6f-8a9b-0c1d2e3f4a5b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<<r:Impossible de remettre votre message =C3=A0 c.dubois@groupe-savoie-habitat.fr.>> <<r:L'adresse est introuvable ou ne peut pas recevoir de courrier.>>

<<r:Diagnostic pour les administrateurs : Serveur distant : AM7PR02MB6321.eurprd02.prod.outlook.com 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup>>

--a7c3e2f1-4b5d-4e6f-8a9b-0c1d2e3f4a5b
Content-Type: message/delivery-status

Reporting-MTA: dns;AM7PR02MB6321.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.ac-grenoble.fr

Final-Recipient: rfc822;c.dubois@groupe-savoie-habitat.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--a7c3e2f1-4b5d-4e6f-8a9b-0c1d2e3f4a5b--
"""),

dict(s="retraitee-adresse-acad-active-bouton-bleu", n="Françoise Marcellin", a="francoise.marcellin@ac-grenoble.fr",
     d="2026-12-01 15:36", c="zimbra", co="Devenir formateur EAFC", inv=200,
     b="""<<g:Bonjour,>>

<<c:Je suis retraitée depuis septembre mais ma messagerie académique fonctionne encore et je me connecte toujours à M@gistère avec le bouton bleu et mon identifiant académique.>> <<fc:Je ne vois pas la formation « Devenir formateur EAFC » dans la liste de mes parcours.>>

<<t:Merci de votre aide>>""",
     sig="Françoise Marcellin",
     p="academic", t=["find_course"], act="reply",
     why="retired but still logging in with her academic account: academic profile, step 3"),

dict(s="asso-mdp-oublie-et-ou-parcours-latin1", n="Robert Nicolas", a="robert.nicolas@wanadoo.fr",
     d="2026-12-01 17:58", c="outlook_old", co="Laïcité et valeurs de la République", inv=201,
     b="""<<g:Bonjour,>>

<<c:Bénévole à la Ligue des droits de l'Homme, section de Vienne.>> <<fp:J'ai oublié mon mot de passe M@gistère,>> <<fc:et je voudrais savoir où trouver la formation une fois connecté.>>

<<t:Merci>>""",
     sig="Robert Nicolas",
     p="other", t=["forgotten_password", "find_course"], act="reply",
     why="forgotten password and where the course is: two guide sections"),

dict(s="cest-quoi-connexion-directe", n="Mélanie Rolland", a="melanie.rolland.coiffure@gmail.com",
     d="2026-12-02 07:40", c="gmail_mobile", co="Accompagner les PFMP en lycée professionnel", inv=202,
     b="""<<g:Bonjour>>
<<l:cest quoi la connexion directe ?>> <<l:je vois pas ce bouton>>
<<c:Mélanie, salon Coiff'Style, tutrice de Léa>>""",
     p="other", t=["login"], act="reply",
     why="tutor does not know what 'Connexion directe' is or where it is"),
]
