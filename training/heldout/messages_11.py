# Batch 11: harder layouts (lists, quoted trainer, Cc, alias, Reply-To, base64 Outlook...)
MESSAGES = [
dict(slug="liste-a-tirets-deux-problemes", name="Virginie Charpentier", addr="virginie.charpentier@ac-grenoble.fr", client="gmail", c=4, fmt="alt",
     body="""Bonjour,

Mes problèmes :
- mot de passe oublié
- parcours introuvable une fois connectée (avec l'ancien mot de passe, la semaine dernière)

Merci !
Virginie""",
     a="r", why="academic; dash list of two guide problems: forgotten password and find course",
     cl=[("g", "Bonjour,"), ("c", "Mes problèmes :"), ("fp", "- mot de passe oublié"),
         ("fc", "- parcours introuvable une fois connectée (avec l'ancien mot de passe, la semaine dernière)"), ("t", "Merci !")]),

dict(slug="cite-le-formateur-a-ecrit", name="Nicole Faure", addr="nicole.faure@ac-grenoble.fr", client="thunderbird", c=10,
     body="""Bonjour,
Le formateur, M. Dupont, a écrit :
« connectez-vous avec vos identifiants académiques »
mais cela ne marche pas pour moi : la page me dit que mon mot de passe est incorrect, alors que je n'en ai qu'un, celui de la messagerie.
Nicole Faure""",
     a="r", why="academic quoting her trainer in prose (not a reply quote); password refused: login and password sections",
     cl=[("g", "Bonjour,"), ("c", "Le formateur, M. Dupont, a écrit :"), ("c", "« connectez-vous avec vos identifiants académiques »"),
         ("l", "mais cela ne marche pas pour moi :"), ("fp", "la page me dit que mon mot de passe est incorrect, alors que je n'en ai qu'un, celui de la messagerie.")]),

dict(slug="cc-formatrice-parcours", name="Mathis Lebrun", addr="mathis.lebrun@ac-grenoble.fr", client="outlook", c=7, fmt="alt",
     to="Corinne Vallet <corinne.vallet@ac-grenoble.fr>", cc="EAFC Grenoble <formation-magistere@ac-grenoble.fr>",
     subject="RE: Invitation : Devenir tuteur de stagiaires",
     body="""Bonjour Madame Vallet,

Je me permets de vous écrire (en copie à l'EAFC) : je suis connecté à M@gistère mais je ne trouve pas le parcours « Devenir tuteur de stagiaires ». Comment y accéder ?

Cordialement,
Mathis Lebrun""",
     a="r", why="written to the trainer with EAFC in Cc; academic, cannot find the course: step 3",
     cl=[("g", "Bonjour Madame Vallet,"), ("c", "Je me permets de vous écrire (en copie à l'EAFC) :"), ("c", "je suis connecté à M@gistère"),
         ("fc", "mais je ne trouve pas le parcours « Devenir tuteur de stagiaires »."), ("fc", "Comment y accéder ?"), ("g", "Cordialement,")]),

dict(slug="alias-magistere-reply-to-liste", name="Agnès Bernard", addr="agnes.bernard@ac-grenoble.fr", client="zimbra", c=20,
     to="magistere@ac-grenoble.fr", headers=[("Reply-To", "Équipe EPS Collège Stendhal <eps-stendhal@ac-grenoble.fr>")],
     body="""Bonjour,

Je n'arrive pas à me connecter à M@gistère : après le bouton bleu, la page d'authentification académique me renvoie « Identifiant inconnu ». Quel identifiant dois-je mettre ?

Agnès Bernard
EPS - Collège Stendhal, Grenoble""",
     a="r", why="sent to the alias with a Reply-To list; academic, unknown identifier at the portal: sections A and 2",
     cl=[("g", "Bonjour,"), ("l", "Je n'arrive pas à me connecter à M@gistère : après le bouton bleu, la page d'authentification académique me renvoie « Identifiant inconnu »."),
         ("fu", "Quel identifiant dois-je mettre ?")]),

dict(slug="outlook-base64-usmb-parcours", name="Stéphanie Perrin", addr="stephanie.perrin@univ-smb.fr", client="outlook", c=11, fmt="alt", cte="b64",
     body="""Bonjour,

Je suis connectée à M@gistère via le guichet de l'Université Savoie Mont Blanc, mais la liste de mes parcours est vide. Comment rejoindre la formation sur l'hybridation ?

Cordialement,""",
     sig="Stéphanie Perrin\nChargée de mission pédagogie - USMB",
     a="r", why="USMB staff, logged in, empty course list: step 3",
     cl=[("g", "Bonjour,"), ("c", "Je suis connectée à M@gistère via le guichet de l'Université Savoie Mont Blanc,"),
         ("fc", "mais la liste de mes parcours est vide."), ("fc", "Comment rejoindre la formation sur l'hybridation ?"), ("g", "Cordialement,")]),

dict(slug="auto-submitted-no-humain", name="Guillaume Petit", addr="guillaume.petit@ac-grenoble.fr", client="roundcube", c=6, headers=[("Auto-Submitted", "no")],
     body="""Bonjour,

J'ai oublié mon identifiant académique. Comment le retrouver ?

Guillaume Petit""",
     a="r", why="human message that carries 'Auto-Submitted: no'; forgotten identifier: section A",
     cl=[("g", "Bonjour,"), ("fu", "J'ai oublié mon identifiant académique."), ("fu", "Comment le retrouver ?")]),

dict(slug="franglais-uga-chercheur", name="Paolo Conti", addr="paolo.conti@univ-grenoble-alpes.fr", client="gmail_en", c=11,
     body="""Bonjour / Hello,

Je suis chercheur invité at UGA for one year. I have a UGA account but I don't know which button to click on the login page, and after that where is the course?

Merci / Thanks,
Paolo""",
     a="r", why="visiting UGA researcher mixing French and English: which button and where the course is",
     cl=[("g", "Bonjour / Hello,"), ("c", "Je suis chercheur invité at UGA for one year."), ("c", "I have a UGA account"),
         ("l", "but I don't know which button to click on the login page,"), ("fc", "and after that where is the course?"), ("t", "Merci / Thanks,")]),

dict(slug="longue-histoire-escalade-handicap", name="Florence Guichard", addr="florence.guichard@ac-grenoble.fr", client="outlook", c=17, fmt="alt",
     body="""Bonjour,

Je suis professeure d'EPS au collège Le Massegu de Vif et je suis inscrite à la formation sur les élèves à besoins éducatifs particuliers. Je me connecte sans difficulté et je vois bien le parcours.

Je souhaite toutefois vous signaler que je suis moi-même malentendante : les vidéos du parcours ne sont pas sous-titrées, et la classe virtuelle risque d'être difficile à suivre pour moi. Serait-il possible d'avoir les transcriptions, ou un aménagement pour la classe virtuelle (sous-titrage en direct, ou support écrit) ?

Je vous remercie par avance de votre attention.""",
     sig="Florence Guichard",
     topics=[], a="e", why="accessibility request (subtitles, accommodation): a human must handle it",
     cl=[("g", "Bonjour,"),
         ("c", "Je suis professeure d'EPS au collège Le Massegu de Vif et je suis inscrite à la formation sur les élèves à besoins éducatifs particuliers."),
         ("c", "Je me connecte sans difficulté et je vois bien le parcours."),
         ("c", "Je souhaite toutefois vous signaler que je suis moi-même malentendante :"),
         ("o", "les vidéos du parcours ne sont pas sous-titrées, et la classe virtuelle risque d'être difficile à suivre pour moi."),
         ("o", "Serait-il possible d'avoir les transcriptions, ou un aménagement pour la classe virtuelle (sous-titrage en direct, ou support écrit) ?"),
         ("t", "Je vous remercie par avance de votre attention.")]),

dict(slug="signature-enorme-disclaimer-mdp", name="Éric Vasseur", addr="e.vasseur@groupe-charmilles.fr", client="outlook", c=9, fmt="alt", cs="windows-1252", cte="qp",
     body="""Bonjour,

Tuteur d’apprentis chez Charmilles Technologies, j’interviens dans la formation sécurité atelier. J’ai oublié le mot de passe du compte M@gistère qu’on m’a créé.

Cordialement,""",
     sig="""Éric Vasseur
Responsable formation – Groupe Charmilles
Tél. : +33 (0)4 76 00 00 00 – Mob. : +33 (0)6 00 00 00 00
12 avenue de l’Industrie – 38130 Échirolles
www.groupe-charmilles.fr

P Pensez à l’environnement avant d’imprimer ce message.
Ce message et toutes les pièces jointes sont confidentiels et établis à l’intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. Si vous recevez ce message par erreur, merci de le détruire et d’en avertir immédiatement l’expéditeur.""",
     a="r", why="company partner with a manual account, forgotten password; long disclaimer signature",
     cl=[("g", "Bonjour,"), ("c", "Tuteur d’apprentis chez Charmilles Technologies, j’interviens dans la formation sécurité atelier."),
         ("fp", "J’ai oublié le mot de passe du compte M@gistère qu’on m’a créé."), ("g", "Cordialement,")]),

dict(slug="gmail-html-gras-liste-numerotee", name="Léa Chambon", addr="lea.chambon@ac-grenoble.fr", client="gmail", c=16, fmt="alt",
     html_body="""<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Je résume mes <b>deux soucis</b> :</div><ol><li>je ne connais pas mon <b>identifiant académique</b> ;</li><li>je ne sais pas sur <u>quel bouton</u> cliquer pour me connecter.</li></ol><div>Merci beaucoup,</div><div>Léa Chambon</div><div>Collège Gérard Philipe, Saint-Martin-d'Hères</div></div>""",
     body="""Bonjour,

Je résume mes *deux soucis* :

   1. je ne connais pas mon *identifiant académique* ;
   2. je ne sais pas sur quel bouton cliquer pour me connecter.

Merci beaucoup,
Léa Chambon
Collège Gérard Philipe, Saint-Martin-d'Hères""",
     a="r", why="academic, numbered list in rich HTML: forgotten identifier and login button",
     cl=[("g", "Bonjour,"), ("c", "Je résume mes deux soucis :"), ("fu", "je ne connais pas mon identifiant académique ;"),
         ("l", "je ne sais pas sur quel bouton cliquer pour me connecter."), ("t", "Merci beaucoup,")]),

dict(slug="de-mon-college-pas-acces", name="Simone Berthier", addr="simone.berthier@ac-grenoble.fr", client="orange", c=0,
     body="""Bonjour
De: mon collège je n'ai pas accès à M@gistère, le réseau bloque le site je crois.
Objet: de ma demande, pouvez-vous prévenir la formatrice que je ferai le travail depuis chez moi ?
Merci
Simone""",
     topics=[], a="e", why="prose lines starting with 'De:' and 'Objet:' (not a header block); network blocking at school and a message for the trainer: human",
     cl=[("g", "Bonjour"), ("c", "De: mon collège je n'ai pas accès à M@gistère, le réseau bloque le site je crois."),
         ("o", "Objet: de ma demande, pouvez-vous prévenir la formatrice que je ferai le travail depuis chez moi ?"), ("t", "Merci")]),

dict(slug="lignes-commencant-par-le", name="Roselyne Dumas", addr="roselyne.dumas@ac-grenoble.fr", client="applemail", c=13,
     body="""Bonjour,

Le lundi je n'ai pas cours, je voulais commencer le parcours.
Le problème est que je ne le trouve pas dans mes parcours, alors que je suis bien connectée.
Le titre que je cherche est bien « Enseigner l'anglais en primaire avec le numérique » ?

Roselyne""",
     a="r", why="academic; lines beginning with 'Le ' that are not attributions; logged in, cannot find the course",
     cl=[("g", "Bonjour,"), ("c", "Le lundi je n'ai pas cours, je voulais commencer le parcours."),
         ("fc", "Le problème est que je ne le trouve pas dans mes parcours, alors que je suis bien connectée."),
         ("fc", "Le titre que je cherche est bien « Enseigner l'anglais en primaire avec le numérique » ?")]),

dict(slug="envoye-depuis-mon-bureau-pas-tagline", name="Jean-Louis Marquet", addr="jl.marquet@ac-grenoble.fr", client="outlook", c=19,
     body="""Bonjour,

Envoyé depuis mon bureau du lycée, car chez moi je n'ai pas internet : je ne retrouve plus mon identifiant académique. Comment faire ?

JL Marquet""",
     a="r", why="academic; 'Envoyé depuis mon bureau' is prose, not a tagline; forgotten identifier",
     cl=[("g", "Bonjour,"), ("c", "Envoyé depuis mon bureau du lycée, car chez moi je n'ai pas internet :"),
         ("fu", "je ne retrouve plus mon identifiant académique."), ("fu", "Comment faire ?")]),

dict(slug="outlook-mobile-tr-anglais-intervenante", name="Karen Doyle", addr="karen.doyle@outlook.com", client="outlook_mobile", c=14, quote="fwd", fmt="alt",
     body="""Hi,
I'm speaking at the secularism training in December (guest account). The password you sent me doesn't work any more and I don't remember changing it. How do I get a new one?
Karen""",
     a="r", why="English-speaking speaker with a guest account: password no longer works, recovery link",
     cl=[("g", "Hi,"), ("c", "I'm speaking at the secularism training in December (guest account)."),
         ("fp", "The password you sent me doesn't work any more and I don't remember changing it."), ("fp", "How do I get a new one?")]),

dict(slug="relance-toujours-pas-de-reponse", name="Albane Rivet", addr="albane.rivet@ac-grenoble.fr", client="gmail", c=1, fmt="alt",
     body="""Bonjour,

Je vous ai écrit il y a dix jours au sujet de mon identifiant et je n'ai toujours pas de réponse. Pouvez-vous me répondre, s'il vous plaît ? Je ne connais toujours pas mon identifiant académique.

Albane Rivet""",
     a="e", why="follow-up complaining about no answer: a human should answer, even if the identifier question is in the guide",
     cl=[("g", "Bonjour,"), ("o", "Je vous ai écrit il y a dix jours au sujet de mon identifiant et je n'ai toujours pas de réponse."),
         ("o", "Pouvez-vous me répondre, s'il vous plaît ?"), ("fu", "Je ne connais toujours pas mon identifiant académique.")]),

dict(slug="oof-gmail-precedence-bulk-sans-auto-submitted", name="Héloïse Vernet", addr="heloise.vernet@gmail.com", client="server", c=13, quote="none", irt=True,
     subject="Re: Invitation : Enseigner l'anglais en primaire avec le numérique",
     headers=[("Precedence", "bulk"), ("X-Autoreply", "yes")],
     body="""Je suis en congé jusqu'au 3 décembre, je répondrai à mon retour. Héloïse""",
     a="i", why="vacation reply marked by Precedence bulk and X-Autoreply",
     cl=[("r", "Je suis en congé jusqu'au 3 décembre, je répondrai à mon retour.")]),

dict(slug="ndr-yahoo-texte", name="MAILER-DAEMON@yahoo.com", addr="MAILER-DAEMON@yahoo.com", client="server", c=19, quote="none", return_path="", d="2026-11-30 09:01",
     subject="Failure Notice",
     body="""Sorry, we were unable to deliver your message to the following address.

<jb.chevallier@yahoo.fr>:
554: delivery error: dd This user doesn't have a yahoo.fr account (jb.chevallier@yahoo.fr) [0] - mta1234.mail.ir2.yahoo.com""",
     topics=[], a="i", why="Yahoo plain-text failure notice",
     cl=[("r", "Sorry, we were unable to deliver your message to the following address.")]),

dict(slug="sympa-liste-directeurs-humain", name="Christian Baudoin", addr="christian.baudoin@ac-grenoble.fr", client="outlook", c=None, quote="none",
     to="directeurs-ecoles-38@listes.ac-grenoble.fr", return_path="directeurs-ecoles-38-owner@listes.ac-grenoble.fr",
     subject="[directeurs-38] Formation lecture CP : connexion des adjoints",
     headers=[("List-Id", "<directeurs-ecoles-38.listes.ac-grenoble.fr>"), ("List-Unsubscribe", "<mailto:sympa@listes.ac-grenoble.fr?subject=unsubscribe%20directeurs-ecoles-38>")],
     body="""Bonjour à tous,

Plusieurs adjoints de ma circonscription n'arrivent pas à se connecter à M@gistère pour la formation lecture CP. Quelqu'un a-t-il une solution simple ?

Christian Baudoin, directeur école Jean Moulin, Vizille""",
     topics=[], a="i", why="post to a mailing list (List-Id) that reached this mailbox: no auto answer from here",
     cl=[("g", "Bonjour à tous,"), ("c", "Plusieurs adjoints de ma circonscription n'arrivent pas à se connecter à M@gistère pour la formation lecture CP."),
         ("o", "Quelqu'un a-t-il une solution simple ?")]),

dict(slug="iphone-fwd-inp-accepte-mais", name="Victor Lambert", addr="victor.lambert@grenoble-inp.fr", client="iphone", c=11, fmt="alt", cte="qp",
     body="""C'est bon, j'ai trouvé le guichet Grenoble INP et je suis connecté. Merci !""",
     topics=[], a="i", why="closes the matter",
     cl=[("c", "C'est bon, j'ai trouvé le guichet Grenoble INP et je suis connecté."), ("t", "Merci !")]),

dict(slug="invite-gmail-codes-expires-72h", name="Martin Cordier", addr="martin.cordier.pro@gmail.com", client="gmail", c=21, fmt="alt",
     body="""Bonjour,

Le mail avec mes codes disait que le mot de passe provisoire expirait au bout de 72 heures, et je ne l'ai ouvert qu'aujourd'hui. Mon nom d'utilisateur, je l'ai. Comment obtenir un nouveau mot de passe ?

Martin Cordier
Ingénieur, Fablab de Grenoble""",
     a="r", why="partner with a manual account, temporary password expired: recovery page sends a new one",
     cl=[("g", "Bonjour,"), ("c", "Le mail avec mes codes disait que le mot de passe provisoire expirait au bout de 72 heures, et je ne l'ai ouvert qu'aujourd'hui."),
         ("c", "Mon nom d'utilisateur, je l'ai."), ("fp", "Comment obtenir un nouveau mot de passe ?")]),

dict(slug="sms-sfr-aesh-tout-bloque", name="Nora Haddad", addr="nora.haddad@sfr.fr", client="samsung", c=17,
     body="""bonsoir jsui aesh, g mon adresse academique mais jconnai pa le mdp, et jsai pa ou on se connecte. merci davance""",
     p="a", a="r", why="AESH with an academic account: forgotten password and how to log in",
     cl=[("g", "bonsoir"), ("c", "jsui aesh, g mon adresse academique"), ("fp", "mais jconnai pa le mdp,"), ("l", "et jsai pa ou on se connecte."),
         ("t", "merci davance")]),

dict(slug="lettre-directrice-pour-equipe", name="Marie-Christine Jaillet", addr="ce.0380777a@ac-grenoble.fr", client="outlook", c=10, fmt="alt",
     body="""Madame, Monsieur,

En ma qualité de directrice de l'école élémentaire Les Trembles, je me permets de vous signaler que mes deux adjointes inscrites au parcours de CP n'ont pas encore de NUMEN (néo-titulaires arrivées en novembre) et ne peuvent donc pas obtenir leur identifiant. Quelle solution leur proposer ?

Veuillez agréer, Madame, Monsieur, mes respectueuses salutations.""",
     sig="Marie-Christine Jaillet\nDirectrice - École élémentaire Les Trembles, Échirolles",
     a="e", why="director writes for two colleagues without NUMEN: the guide's procedure does not apply",
     cl=[("g", "Madame, Monsieur,"),
         ("c", "En ma qualité de directrice de l'école élémentaire Les Trembles, je me permets de vous signaler que mes deux adjointes inscrites au parcours de CP n'ont pas encore de NUMEN (néo-titulaires arrivées en novembre)"),
         ("fu", "et ne peuvent donc pas obtenir leur identifiant."), ("o", "Quelle solution leur proposer ?"),
         ("s", "Veuillez agréer, Madame, Monsieur, mes respectueuses salutations.")]),

dict(slug="hotmail-parcours-ferme-trop-tard", name="Lucas Bertrand", addr="lucas.bertrand@ac-grenoble.fr", client="outlook_mobile", c=0,
     body="""Bonjour, je suis connecté, je vois le parcours mais il affiche « Ce parcours est fermé ». J'ai raté la date ? Je peux encore le faire ?""",
     a="e", why="sees a closed course and asks whether he can still do it: dates and access, human",
     cl=[("g", "Bonjour,"), ("c", "je suis connecté,"), ("fc", "je vois le parcours mais il affiche « Ce parcours est fermé »."),
         ("o", "J'ai raté la date ?"), ("o", "Je peux encore le faire ?")]),

dict(slug="roundcube-free-retraite-fc-fu", name="Janine Roussel", addr="janine.roussel@free.fr", client="roundcube", c=14, cs="iso-8859-1", cte="qp",
     body="""Bonjour,

Ancienne CPE, retraitée, j'interviens comme bénévole sur la laïcité. Je ne me rappelle plus mon nom d'utilisateur M@gistère, et une fois entrée, où sera la formation ?

Merci
Janine Roussel""",
     a="r", why="retired volunteer with a manual account: forgotten username and find course",
     cl=[("g", "Bonjour,"), ("c", "Ancienne CPE, retraitée, j'interviens comme bénévole sur la laïcité."),
         ("fu", "Je ne me rappelle plus mon nom d'utilisateur M@gistère,"), ("fc", "et une fois entrée, où sera la formation ?"), ("t", "Merci")]),
]
