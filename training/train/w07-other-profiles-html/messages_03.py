# Batch 3
MESSAGES = [
dict(s="ofb-reponses-entre-les-lignes", n="Julien Achard", a="julien.achard@ofb.gouv.fr",
     d="2026-11-28 09:40", c="thunderbird", q="none", thr=True, co="Éducation au développement durable", inv=147,
     subj="Re: Invitation : Éducation au développement durable",
     b="""Le 25/11/2026 à 10:00, EAFC Grenoble a écrit :
> Vous êtes inscrit(e) à la formation « Éducation au développement durable »

<<g:Bonjour,>> <<c:oui, en tant qu'agent de l'Office français de la biodiversité.>>

> 2. choisissez votre mode de connexion (compte académique, compte de
> l'enseignement supérieur, ou « Connexion directe à M@gistère » si votre
> compte a été créé manuellement) ;

<<l:Lequel pour moi ?>> <<c:Je n'ai rien à l'Éducation nationale.>>

> 3. cliquez sur le titre de la formation dans la liste de vos parcours.

<<fu:Encore faut-il avoir ses codes : je n'ai reçu ni nom d'utilisateur>> <<fp:ni mot de passe.>>

<<t:Merci>>""",
     sig="Julien Achard\nOFB - Service départemental de l'Isère",
     p="other", t=["forgotten_username", "forgotten_password", "login"], act="reply",
     why="answers typed between quoted lines; OFB agent needs his guest credentials and the right button"),

dict(s="tuteur-rien-identifiant-mdp-bouton-apple", n="Grégory Sauvage", a="gregory.sauvage@me.com",
     d="2026-11-28 13:12", c="apple", co="Tuteurs en entreprise : accompagner l'apprenti", inv=148,
     b="""<<g:Bonjour,>>

<<c:Je suis tuteur dans un garage à Voreppe.>> <<fu:Je ne connais pas mon identifiant,>> <<fp:je n'ai pas de mot de passe>> <<l:et je ne sais pas sur quel bouton cliquer sur le site.>> <<u:Bref je suis perdu.>>

<<t:Merci de m'aider>>""",
     sig="Grégory Sauvage\nGarage du Pont – Voreppe",
     p="other", t=["forgotten_username", "forgotten_password", "login"], act="reply",
     why="company tutor stuck at every step before the course; the three other-case sections answer"),

dict(s="usep-mdp-ok-parcours-introuvable-img", n="Romain Guichard", a="romain.guichard.usep73@gmail.com",
     d="2026-11-28 17:50", c="gmail_html", img=True, co="Égalité filles-garçons", inv=149,
     b="""<<g:Bonjour,>>

<<c:J'ai réinitialisé mon mot de passe avec le lien et ça a marché, je suis connecté.>> <<fc:Par contre impossible de trouver la formation Égalité filles-garçons dans la page d'accueil.>>

<<t:Merci d'avance>>""",
     sig="Romain Guichard\nDélégué USEP Savoie\n06 33 18 72 40",
     p="other", t=["find_course"], act="reply",
     why="password solved, now cannot find the course; step 3"),

dict(s="se-former-seulement-ou-formateur-outlookcom", n="Delphine Marchal", a="delphine.marchal@outlook.com",
     d="2026-11-29 10:21", c="outlookcom", co="Devenir formateur EAFC", inv=150,
     b="""<<g:Bonjour,>>

<<c:Formatrice associée venue de l'académie de Besançon, je suis à la fois stagiaire et co-formatrice sur vos parcours.>> <<fc:Quand je me connecte je ne vois que mes parcours « Se former » et pas ceux où je suis formatrice.>> <<fc:Où sont-ils passés ?>>

<<t:Merci beaucoup>>""",
     sig="Delphine Marchal",
     p="other", t=["find_course"], act="reply",
     why="the list is filtered on 'Se former'; the guide explains the list of all courses and the 'Tous mes parcours' menu"),

dict(s="tuteur-attestation-heures-et-mdp", n="Alain Perrin", a="alain.perrin@perrin-paysage.fr",
     d="2026-11-29 15:34", c="outlook", co="Tuteurs en entreprise : accompagner l'apprenti", inv=151,
     b="""<<g:Bonjour,>>

<<fp:J'ai oublié le mot de passe qu'on m'a envoyé pour M@gistère.>> <<o:Et mon employeur me demande une attestation avec le nombre d'heures de formation, pouvez-vous me la fournir à la fin ?>>

<<t:Merci>>""",
     sig="Alain Perrin\nPerrin Paysage – Meylan",
     p="other", t=["forgotten_password"], act="escalate",
     why="forgotten password (guide) plus an attestation request (human)"),

dict(s="parent-ancienne-adresse-supprimee-iphone", n="Céline Vidal", a="celine.vidal26@icloud.com",
     d="2026-11-29 21:10", c="iphone", co="Parents d'élèves et école : coéducation", inv=152,
     b="""<<g:Bonjour>>
<<c:Mon compte M@gistère a été créé avec mon ancienne adresse celine.vidal@numericable.fr qui n'existe plus.>> <<fp:Quand je demande un nouveau mot de passe il est envoyé sur cette adresse morte.>> <<o:Pouvez-vous changer l'adresse de mon compte pour celle-ci ?>>
<<t:Merci beaucoup>>""",
     p="other", t=["forgotten_password"], act="escalate",
     why="the registered address is dead: changing it on the account needs a human"),

dict(s="cpc-pour-intervenant-connexion", n="Mathilde Roux", a="mathilde.roux@ac-grenoble.fr",
     d="2026-11-30 08:30", c="zimbra", co="Théâtre à l'école : partenariats culturels", inv=153,
     b="""<<g:Bonjour,>>

<<c:Je suis conseillère pédagogique et j'accompagne M. Baptiste Oriol, metteur en scène, qui intervient dans ce parcours.>> <<c:Un compte invité lui a été créé et il a bien reçu ses identifiants,>> <<l:mais il ne sait pas par où se connecter : il essaie avec le bouton bleu académique.>> <<l:Quelle est la bonne marche à suivre pour lui ?>>

<<t:Merci,>>""",
     sig="Mathilde Roux\nCPC Arts et culture – Circonscription Grenoble 4",
     p="other", t=["login"], act="reply",
     why="academic sender asks for an external speaker whose guest account is the one concerned: Connexion directe"),

dict(s="retraitee-numen-identifiant-cp1252", n="Monique Favre", a="monique.favre@wanadoo.fr",
     d="2026-11-30 14:02", c="outlook_old", cs="windows-1252", e="quoted-printable", co="Accueillir un élève allophone", inv=154,
     b="""<<g:Bonjour,>>

<<c:On m’a dit au téléphone que mon identifiant était lié à mon NUMEN, mais je suis retraitée depuis 2021 et on m’a créé un compte « invité ».>> <<fu:Alors quel est mon identifiant ?>>

<<t:Merci de votre réponse.>>""",
     sig="Monique Favre",
     p="other", t=["forgotten_username"], act="reply",
     why="retired teacher on a manual account: identifier notified by e-mail, recovery page; NUMEN irrelevant"),

dict(s="lien-page-introuvable-gmail", n="Pierre-Yves Lagarde", a="pylagarde@gmail.com",
     d="2026-11-30 18:45", c="gmail", co="Le numérique responsable", inv=155,
     b="""<<g:Bonjour,>>

<<c:Je suis intervenant pour l'association Ateliers du Bocal (réemploi informatique).>> <<l:Quand je clique sur le lien de votre mail, j'arrive sur une page « introuvable ».>> <<l:Quelle est la bonne adresse pour se connecter ?>>

<<t:Merci>>""",
     sig="PY Lagarde\nLes Ateliers du Bocal",
     p="other", t=["login"], act="reply",
     why="the link fails; the guide gives the address to type and the login steps"),

dict(s="parent-desinscription", n="Florence Gauthier", a="florence.gauthier@hotmail.fr",
     d="2026-12-01 07:22", c="outlookcom", co="Parents d'élèves et école : coéducation", inv=156,
     b="""<<g:Bonjour,>>
<<c:Je ne suis plus représentante des parents cette année.>> <<o:Merci de me désinscrire de cette formation et de ne plus m'envoyer de mails.>>""",
     sig="F. Gauthier",
     p="other", t=[], act="escalate",
     why="unsubscribe request"),

dict(s="retraite-compte-bloque-yahoo-html", n="Jean-Claude Reynaud", a="jc.reynaud@yahoo.fr",
     d="2026-12-01 10:40", c="yahoo", f="html", co="Laïcité et valeurs de la République", inv=157,
     b="""<<g:Bonjour,>>

<<c:Après plusieurs essais avec mon nom d'utilisateur jcreynaud,>> <<l:le site m'indique que mon compte est bloqué et que je dois réessayer plus tard.>> <<fp:Je pense que je me trompais de mot de passe.>> <<o:Pouvez-vous le débloquer ?>>

<<t:Merci d'avance.>>""",
     sig="Jean-Claude Reynaud\nProfesseur honoraire",
     p="other", t=["forgotten_password", "login"], act="escalate",
     why="account locked after failed attempts: unlocking is not in the guide"),

dict(s="accuse-reception-ticket-entreprise", p="other", t=[], act="ignore",
     why="automatic acknowledgement of a company helpdesk (ticket number), Auto-Submitted",
     raw="""Return-Path: <support@groupe-alpimmo.fr>
Received: from helpdesk.groupe-alpimmo.fr (helpdesk.groupe-alpimmo.fr [51.159.22.140])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QGm0A2bYw
	for <formation-magistere@ac-grenoble.fr>; Tue, 01 Dec 2026 11:02:45 +0100
From: "Support Groupe Alpimmo" <support@groupe-alpimmo.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: =?utf-8?Q?[Ticket_#48213]_Votre_demande_a_bien_=C3=A9t=C3=A9_enregistr=C3=A9e?=
Date: Tue, 01 Dec 2026 11:02:44 +0100
Message-ID: <ticket-48213-ack@helpdesk.groupe-alpimmo.fr>
In-Reply-To: <invitation-2026-158@ac-grenoble.fr>
Auto-Submitted: auto-generated
Precedence: auto_reply
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alt_48213"

--=_alt_48213
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

<<r:Bonjour,>>

<<r:Nous avons bien reçu votre demande, enregistrée sous le numéro #48213.>> <<r:Un technicien vous répondra dans un délai de 48 heures ouvrées.>>

<<r:Merci de ne pas répondre à ce message automatique.>>

--=_alt_48213
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>Bonjour,</p><p>Nous avons bien reçu votre demande, enregistrée sous le numéro <b>#48213</b>. Un technicien vous répondra dans un délai de 48 heures ouvrées.</p><p><i>Merci de ne pas répondre à ce message automatique.</i></p></body></html>
--=_alt_48213--
"""),

dict(s="lyon-quelle-adresse-pour-recuperation", n="Aurore Blanc", a="aurore.blanc@ac-lyon.fr",
     d="2026-12-01 12:15", c="apple", co="Prévention du harcèlement - pHARe", inv=159,
     b="""<<g:Bonjour,>>

<<fp:J'ai oublié mon mot de passe de connexion directe.>> <<fp:La page de récupération demande une adresse de courriel : j'en ai deux (celle de l'académie de Lyon et une perso), laquelle dois-je mettre ?>>

<<t:Merci>>""",
     sig="Aurore Blanc\nCPE – Collège Jean Moulin, Lyon 5e",
     p="other", t=["forgotten_password"], act="reply",
     why="other-académie guest forgot her password; the guide says to enter the address registered on the platform"),

dict(s="samsung-trouve-merci", n="Jordan Petit", a="jordan.petit@sfr.fr",
     d="2026-12-01 13:03", c="samsung", co="Accompagner les PFMP en lycée professionnel", inv=160,
     b="""<<c:C bon j ai trouvé>> <<t:merci>>""",
     p="other", t=[], act="ignore",
     why="he found it: closes the matter"),

dict(s="parcours-absent-apres-ouverture", n="Nathalie Ferrand", a="nathalie.ferrand@montessori-annecy.fr",
     d="2026-12-01 16:48", c="gmail", co="Évaluer par compétences", inv=161, idays=9, open=5,
     b="""<<g:Bonjour,>>

<<c:Enseignante dans une école privée hors contrat, je me connecte bien avec mon compte M@gistère.>> <<fc:Le parcours devait ouvrir le 27 novembre mais je ne le vois toujours pas dans mes parcours.>> <<fc:Comment y accéder ?>>

<<t:Merci beaucoup>>""",
     sig="Nathalie Ferrand",
     p="other", t=["find_course"], act="reply",
     why="logged-in guest cannot see the course after its opening date; step 3 (list and search)"),

dict(s="edf-deposer-documents-disclaimer", n="Karine Millet", a="karine.millet@edf.fr",
     d="2026-12-01 17:30", c="outlook", img=True, co="Le numérique responsable", inv=162,
     b="""<<g:Bonjour,>>

<<c:Je suis chargée des partenariats éducatifs chez EDF Hydro Alpes et j'interviens le 10 décembre dans ce parcours.>> <<o:Je voudrais déposer ma présentation et deux vidéos dans le parcours avant la séance : comment faire, ou à qui les envoyer ?>>

<<t:Bien cordialement,>>""",
     sig="Karine Millet\nChargée de partenariats éducatifs\nEDF Hydro Alpes\n\nCe message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.",
     p="other", t=[], act="escalate",
     why="external speaker wants to upload documents to the course: course content, a human"),

dict(s="orange-html-perdu-mail-nom-utilisateur", n="Bernadette Joly", a="bernadette.joly@orange.fr",
     d="2026-12-02 08:10", c="orange", co="Accueillir un élève allophone", inv=163,
     b="""<<g:Bonjour>>
<<fu:J'ai supprimé par erreur le mail qui contenait mon nom d'utilisateur.>> <<c:J'ai encore mon mot de passe noté sur un carnet.>> <<fu:Comment retrouver le nom ?>>
<<t:Merci>>""",
     sig="Bernadette Joly\nBénévole Secours populaire",
     p="other", t=["forgotten_username"], act="reply",
     why="volunteer lost the mail with her username; the recovery page reminds it"),

dict(s="fille-ecrit-pour-sa-mere", n="Élodie Marin", a="elodie.marin@free.fr",
     d="2026-11-18 19:05", c="roundcube", co="Accueillir un élève allophone", inv=164,
     b="""<<g:Bonjour,>>

<<c:J'écris pour ma mère, Mme Jocelyne Marin, retraitée et bénévole dans l'association Accueil Migrants Voiron, qui a reçu votre invitation sur mon adresse.>> <<c:Elle a bien son nom d'utilisateur et son mot de passe reçus par mail.>> <<l:Nous ne savons pas sur quel bouton cliquer pour qu'elle se connecte.>>

<<t:Merci pour elle !>>""",
     sig="Élodie Marin",
     p="other", t=["login"], act="reply",
     why="a daughter writes for her retired mother who has a manual account: which button"),

dict(s="geneve-enseignante-identifiant-et-connexion", n="Sylvie Maret", a="sylvie.maret@edu.ge.ch",
     d="2026-11-19 10:44", c="apple", co="Langues vivantes : enseigner en DNL", inv=165,
     b="""<<g:Bonjour,>>

<<c:Enseignante au Cycle d'orientation de Genève, je participe au projet transfrontalier avec vos collègues de Haute-Savoie.>> <<fu:Je ne sais pas quel est mon identifiant pour M@gistère>> <<l:ni comment me connecter puisque je n'ai pas de compte français.>>

<<t:Avec mes remerciements,>>""",
     sig="Sylvie Maret\nDIP – République et canton de Genève",
     p="other", t=["forgotten_username", "login"], act="reply",
     why="Swiss partner teacher: guest identifier and Connexion directe"),

dict(s="conge-maternite-gmail", n="Laetitia Roche", a="laetitia.roche.ecole@gmail.com",
     d="2026-11-19 09:03", c="gmail", q="none", thr=True, co="École inclusive : les besoins éducatifs particuliers", inv=166,
     subj="Re: Invitation : École inclusive : les besoins éducatifs particuliers",
     hdr={"Auto-Submitted": "auto-replied"},
     b="""<<r:Bonjour, je suis actuellement en congé maternité jusqu'au 15 mars 2027.>> <<r:Je lirai vos messages à mon retour.>> <<r:Laetitia Roche>>""",
     p="other", t=[], act="ignore",
     why="Gmail vacation responder (maternity leave)"),

dict(s="bounce-laposte-boite-pleine", p="other", t=[], act="ignore",
     why="bounce: recipient mailbox full (5.2.2)",
     raw="""Return-Path: <MAILER-DAEMON>
Received: from lpn-prd-mx02.laposte.net (lpn-prd-mx02.laposte.net [160.92.124.12])
	by mx1.ac-grenoble.fr (Postfix) with ESMTPS id 4QHb2t0PzQ
	for <formation-magistere@ac-grenoble.fr>; Thu, 19 Nov 2026 16:20:12 +0100
From: MAILER-DAEMON@laposte.net (Mail Delivery System)
To: formation-magistere@ac-grenoble.fr
Subject: Undelivered Mail Returned to Sender
Date: Thu, 19 Nov 2026 16:20:11 +0100
Message-ID: <20261119152011.9B3E2600049@lpn-prd-mx02.laposte.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B3E2600049.1763565611/lpn-prd-mx02.laposte.net"

--9B3E2600049.1763565611/lpn-prd-mx02.laposte.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

<<r:This is the mail system at host lpn-prd-mx02.laposte.net.>>

<<r:<roger.allemand@laposte.net>: mailbox is full: Quota exceeded (mailbox for user is full)>>

--9B3E2600049.1763565611/lpn-prd-mx02.laposte.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; lpn-prd-mx02.laposte.net

Final-Recipient: rfc822; roger.allemand@laposte.net
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full

--9B3E2600049.1763565611/lpn-prd-mx02.laposte.net--
"""),

dict(s="parent-tablette-suffit", n="Hervé Collin", a="herve.collin@sfr.fr",
     d="2026-11-20 20:17", c="outlook_mobile", co="Parents d'élèves et école : coéducation", inv=167,
     b="""<<g:Bonjour,>>
<<o:Est-ce qu'une tablette suffit pour suivre la formation ou faut-il absolument un ordinateur ?>> <<c:Je n'ai qu'un iPad à la maison.>>
<<t:Merci>>""",
     p="other", t=[], act="escalate",
     why="a question on equipment, not one of the guide's login/course steps"),

dict(s="tuteur-mdp-et-guide-pdf", n="Damien Girod", a="damien.girod@fromagerie-girod.fr",
     d="2026-11-21 08:05", c="outlook", cs="iso-8859-1", e="base64", co="Tuteurs en entreprise : accompagner l'apprenti", inv=168,
     b="""<<g:Bonjour,>>

<<fp:Je n'ai plus mon mot de passe M@gistère.>> <<o:Pourriez-vous aussi m'envoyer le guide de connexion en PDF pour mon collègue qui n'a pas reçu votre mail ?>>

<<t:Merci à vous>>""",
     sig="Damien Girod\nFromagerie Girod - Abondance",
     p="other", t=["forgotten_password"], act="escalate",
     why="forgotten password plus a request to send the guide to a colleague"),

dict(s="lyon-inscription-soi-meme-impossible-owa", n="Farida Cherif", a="farida.cherif@ac-lyon.fr",
     d="2026-11-21 14:38", c="owa", co="Enseigner l'oral au lycée professionnel", inv=169,
     b="""<<g:Bonjour,>>

<<c:Je me connecte avec la connexion directe et je trouve le parcours avec la recherche.>> <<fc:Mais en cliquant dessus j'ai le message « Vous ne pouvez pas vous inscrire vous-même à ce cours ».>> <<fc:Comment le rejoindre ?>>

<<t:Merci>>""",
     sig="Farida Cherif\nPLP Lettres-Histoire, académie de Lyon",
     p="other", t=["find_course"], act="escalate",
     why="she finds the course but is not enrolled in it: the enrolment must be fixed by a human"),

dict(s="asso-identifiant-oublie-court", n="Marc Besson", a="marc.besson@lesamisdelecole.org",
     d="2026-11-22 09:55", c="thunderbird", co="Laïcité et valeurs de la République", inv=170,
     b="""<<g:Bonjour,>>

<<fu:J'ai oublié mon identifiant M@gistère.>>

<<t:Merci>>""",
     sig="Marc Besson\nLes Amis de l'École laïque",
     p="other", t=["forgotten_username"], act="reply",
     why="partner association member forgot his identifier"),

dict(s="tuteur-connexion-directe-renvoie-academique", n="Yohan Blanchard", a="yohan.blanchard38@gmail.com",
     d="2026-11-22 12:30", c="gmail_mobile", co="Tuteurs en entreprise : accompagner l'apprenti", inv=171,
     b="""<<g:Bonjour>>
<<l:Je clique sur connexion, et ça m'envoie sur une page de l'académie de Grenoble qui demande identifiant académique.>> <<l:Moi j'ai un nom d'utilisateur M@gistère, je le mets où ?>>
<<c:Yohan, tuteur chez Bio Vercors>>""",
     p="other", t=["login"], act="reply",
     why="tutor lands on the academic portal; the other case uses the 'Connexion directe' button"),

dict(s="couple-meme-adresse-deux-inscrits", n="Anne et Bruno Lefèvre", a="famille.lefevre@laposte.net",
     d="2026-11-22 18:14", c="outlook", cs="windows-1252", e="base64", co="Parents d'élèves et école : coéducation", inv=172,
     b="""<<g:Bonjour,>>

<<c:Mon mari et moi sommes tous les deux représentants de parents et inscrits à la formation, mais nous avons une seule adresse mail commune.>> <<fu:Nous n’avons reçu qu’un seul nom d’utilisateur.>> <<o:Comment avoir deux comptes séparés ?>>

<<t:Merci,>>""",
     sig="Anne Lefèvre",
     p="other", t=["forgotten_username"], act="escalate",
     why="two people share one address: creating a second account is a human task"),

dict(s="yahoo-nul-informatique-nom-et-mdp", n="Gisèle Moreau", a="gisele.moreau42@yahoo.fr",
     d="2026-11-23 15:00", c="yahoo", co="Accueillir un élève allophone", inv=173,
     b="""<<g:Bonjour,>>
<<s:je suis nulle en informatique, excusez moi.>> <<fu:l'identifiant c'est mon nom de famille ?>> <<fp:et le mot de passe, je le trouve où ?>>
<<t:merci>>""",
     sig="Gisèle Moreau",
     p="other", t=["forgotten_username", "forgotten_password"], act="reply",
     why="retired volunteer asks what her identifier and password are: sent by mail, recovery page"),

dict(s="tuteur-pas-dispo-3-decembre-iphone", n="Rémi Chevalier", a="remi.chevalier@chevalier-elec.fr",
     d="2026-11-23 18:26", c="iphone", co="Accompagner les PFMP en lycée professionnel", inv=174,
     b="""<<g:Bonjour,>>
<<o:Je ne serai pas disponible pour la classe virtuelle du 3 décembre à cause d'un chantier, est-ce grave ?>> <<o:Y a-t-il un enregistrement ?>>
<<t:Merci>>""",
     sig="Rémi Chevalier – Chevalier Électricité",
     p="other", t=[], act="escalate",
     why="absence at a session and a recording request: human"),

dict(s="educonnect-franceconnect-gmail-html", n="Sarah Benhamou", a="sarah.benhamou@gmail.com",
     d="2026-11-24 11:11", c="gmail_html", co="Éducation à la sexualité", inv=175,
     b="""<<g:Bonjour,>>

<<c:Infirmière dans une association de prévention,>> <<l:est-ce que je peux me connecter avec EduConnect ou FranceConnect ?>> <<l:Je ne vois pas ces boutons sur la page.>>

<<t:Merci>>""",
     sig="Sarah Benhamou",
     p="other", t=["login"], act="reply",
     why="external nurse asks which way to log in; the other case = Connexion directe with her M@gistère account"),
]
