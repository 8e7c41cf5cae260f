# Batch 08
MESSAGES = [
dict(slug="remis-accuse-distribution", name="Microsoft Outlook", addr="postmaster@cite-scolaire-die.fr", raw="dsn", c=6, return_path="", d="2026-11-10 09:03",
     rcpt="documentation@cite-scolaire-die.fr", subject="Remis : Invitation : Numérique éducatif : l'ENT au service des apprentissages",
     dsn_action="delivered", status="2.0.0", diag="smtp; 250 2.6.0 Queued mail for delivery",
     body="""Votre message a été remis aux destinataires suivants :

documentation@cite-scolaire-die.fr

Objet : Invitation : Numérique éducatif : l'ENT au service des apprentissages""",
     topics=[], a="i", why="delivery receipt (DSN with Action: delivered)",
     cl=[("r", "Votre message a été remis aux destinataires suivants :")]),

dict(slug="ecole-britannique-oof-anglais", name="Helen Parker", addr="h.parker@stmarys-school.co.uk", client="server", c=13, quote="none", irt=True,
     subject="Automatic reply: Invitation : Enseigner l'anglais en primaire avec le numérique",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Thank you for your message. School is closed for half term until Monday. I will reply on my return.

Mrs H. Parker, Year 4""",
     a="i", why="English automatic reply with auto headers",
     cl=[("r", "Thank you for your message."), ("r", "School is closed for half term until Monday."), ("r", "I will reply on my return.")]),

dict(slug="zimbra-reponse-automatique-sujet-sans-entete", name="Thérèse Ollivier", addr="therese.ollivier@ac-grenoble.fr", client="zimbra", c=4, quote="none", irt=True,
     subject="Réponse automatique",
     body="""Bonjour, merci pour votre message. Je suis actuellement en formation et je n'ai pas accès à ma messagerie jusqu'au 20 novembre. Je vous répondrai dès mon retour.""",
     a="i", why="out-of-office text with an 'automatic reply' subject but no auto headers",
     cl=[("r", "Bonjour, merci pour votre message."), ("r", "Je suis actuellement en formation et je n'ai pas accès à ma messagerie jusqu'au 20 novembre."),
         ("r", "Je vous répondrai dès mon retour.")]),

dict(slug="assistance-academique-ticket-cree", name="Assistance académique", addr="assistance@ac-grenoble.fr", client="server", c=None, quote="none",
     subject="[Demande n°2026-118402] Votre demande a été enregistrée",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Bonjour,

Votre demande n°2026-118402 « accès M@gistère formateur » a bien été enregistrée par le guichet d'assistance de l'académie de Grenoble. Vous pouvez suivre son traitement depuis le portail ARENA, rubrique Assistance.

Ce message est généré automatiquement.""",
     topics=[], a="i", why="académie helpdesk ticket acknowledgement (auto-generated)",
     cl=[("r", "Votre demande n°2026-118402 « accès M@gistère formateur » a bien été enregistrée par le guichet d'assistance de l'académie de Grenoble."),
         ("r", "Vous pouvez suivre son traitement depuis le portail ARENA, rubrique Assistance."), ("r", "Ce message est généré automatiquement.")]),

dict(slug="repond-a-notre-reponse-auto-numen-ou", name="Agathe Sorrel", addr="agathe.sorrel@ac-grenoble.fr", client="outlook", c=1, quote="none", fmt="alt",
     subject="RE: Re: Invitation : Accueillir un élève allophone",
     body="""Bonjour,

Merci pour votre réponse automatique. Le lien de réinitialisation du mot de passe me demande mon NUMEN, mais je ne sais pas du tout où le trouver. Où est-il indiqué ?

Agathe Sorrel""",
     a="e", why="human answering our automatic reply: she cannot find her NUMEN, which the guide does not explain",
     cl=[("g", "Bonjour,"), ("t", "Merci pour votre réponse automatique."),
         ("fp", "Le lien de réinitialisation du mot de passe me demande mon NUMEN,"), ("o", "mais je ne sais pas du tout où le trouver."),
         ("o", "Où est-il indiqué ?")]),

dict(slug="invite-casse-nom-utilisateur", name="Marc-Antoine Leroy", addr="ma.leroy@leroy-conseil.fr", client="applemail", c=12,
     body="""Bonjour,

Petite question : sur « Connexion directe à M@gistère », le nom d'utilisateur est-il sensible aux majuscules ? J'ai reçu « MALeroy » et je ne sais pas s'il faut le taper tel quel.

Merci""",
     sig="Marc-Antoine Leroy\nLeroy Conseil RH",
     a="r", why="consultant with a manual account, precise question on typing his username: 'autre cas' login section",
     cl=[("g", "Bonjour,"), ("l", "Petite question : sur « Connexion directe à M@gistère », le nom d'utilisateur est-il sensible aux majuscules ?"),
         ("l", "J'ai reçu « MALeroy » et je ne sais pas s'il faut le taper tel quel."), ("t", "Merci")]),

dict(slug="invite-mail-recuperation-narrive-pas", name="Sophie Bellanger", addr="sophie.bellanger@gmail.com", client="gmail", c=21, fmt="alt",
     body="""Bonjour,

J'ai utilisé la page « Nom d'utilisateur ou mot de passe oublié ? » avec mon adresse Gmail, le site m'a dit qu'un courriel allait être envoyé, mais rien n'arrive depuis deux jours (spams vérifiés). Que faire ?

Sophie Bellanger
Association Les Ateliers du Ciel""",
     a="e", why="guest account: the guide's recovery procedure was followed and failed, a human must check",
     cl=[("g", "Bonjour,"),
         ("fp", "J'ai utilisé la page « Nom d'utilisateur ou mot de passe oublié ? » avec mon adresse Gmail, le site m'a dit qu'un courriel allait être envoyé, mais rien n'arrive depuis deux jours (spams vérifiés)."),
         ("o", "Que faire ?")]),

dict(slug="invite-nouveau-mdp-ne-marche-pas", name="Paul Ravier", addr="paul.ravier@laposte.net", client="thunderbird", c=14,
     body="""Bonjour,

J'ai bien reçu un nouveau mot de passe par le lien « mot de passe oublié », mais il ne fonctionne pas non plus sur « Connexion directe ». Je l'ai copié-collé.

Cordialement,
Paul Ravier (intervenant)""",
     a="e", why="guest: new password from the recovery procedure still refused; the guide has nothing more",
     cl=[("g", "Bonjour,"), ("c", "J'ai bien reçu un nouveau mot de passe par le lien « mot de passe oublié »,"),
         ("fp", "mais il ne fonctionne pas non plus sur « Connexion directe »."), ("c", "Je l'ai copié-collé."), ("g", "Cordialement,")],
     topics=["fp", "l"]),

dict(slug="tzr-trois-etablissements-identifiant", name="Vincent Mazet", addr="vincent.mazet@ac-grenoble.fr", client="zimbra", c=4,
     body="""Bonjour,

Je suis TZR et j'exerce sur trois établissements cette année. Chacun m'a donné un identifiant pour son ENT, et je ne sais plus lequel est mon identifiant académique. Comment savoir ?

Cordialement,
V. Mazet""",
     a="r", why="academic who does not know which identifier is his: section A",
     cl=[("g", "Bonjour,"), ("c", "Je suis TZR et j'exerce sur trois établissements cette année."),
         ("fu", "Chacun m'a donné un identifiant pour son ENT, et je ne sais plus lequel est mon identifiant académique."),
         ("fu", "Comment savoir ?"), ("g", "Cordialement,")]),

dict(slug="disponibilite-compte-actif", name="Aurélien Rey", addr="aurelien.rey@ac-grenoble.fr", client="gmail", c=16,
     body="""Bonjour,
Je suis en disponibilité depuis septembre : mon compte académique est-il encore actif pour M@gistère ? Je n'arrive plus à me connecter.
Aurélien""",
     a="e", why="asks about his account status during leave: not in the guide",
     cl=[("g", "Bonjour,"), ("c", "Je suis en disponibilité depuis septembre :"), ("o", "mon compte académique est-il encore actif pour M@gistère ?"),
         ("l", "Je n'arrive plus à me connecter.")]),

dict(slug="uga-boucle-guichet-html", name="Marc Lopez", addr="marc.lopez@univ-grenoble-alpes.fr", client="owa", c=11, fmt="html",
     body="""Bonjour,

Après avoir saisi mon identifiant et mon mot de passe UGA sur la page de l'université, je suis renvoyé sur la page de choix du guichet, et ainsi de suite en boucle. J'ai vidé le cache, essayé Chrome et Firefox.

Cordialement,
Marc Lopez
DSI - Université Grenoble Alpes""",
     a="e", why="redirection loop after valid credentials: a technical problem the guide does not solve",
     cl=[("g", "Bonjour,"),
         ("l", "Après avoir saisi mon identifiant et mon mot de passe UGA sur la page de l'université, je suis renvoyé sur la page de choix du guichet, et ainsi de suite en boucle."),
         ("c", "J'ai vidé le cache, essayé Chrome et Firefox."), ("g", "Cordialement,")]),

dict(slug="inp-compte-expire-fin-stage", name="Clément Aubry", addr="clement.aubry@grenoble-inp.fr", client="gmail", c=11,
     body="""Bonjour,

Mon compte Grenoble INP expire le 20 décembre à la fin de mon contrat de vacataire. Pourrai-je continuer le parcours après cette date, et avec quel compte ?

Merci,
Clément Aubry""",
     a="e", why="account expiring mid-course: a human must decide; the guide does not cover it",
     cl=[("g", "Bonjour,"), ("c", "Mon compte Grenoble INP expire le 20 décembre à la fin de mon contrat de vacataire."),
         ("o", "Pourrai-je continuer le parcours après cette date,"), ("l", "et avec quel compte ?"), ("t", "Merci,")]),

dict(slug="rectorat-lettre-mdp", name="Solange Ferrier", addr="solange.ferrier@ac-grenoble.fr", client="outlook", c=12, fmt="alt", cs="windows-1252", cte="qp",
     body="""Madame, Monsieur,

Adjointe administrative à la division des personnels du rectorat, je suis inscrite à la formation relative à l’entretien professionnel. J’ai malheureusement oublié le mot de passe associé à mon identifiant académique.

Je vous remercie de bien vouloir m’indiquer la procédure de réinitialisation.

Veuillez agréer mes salutations distinguées.""",
     sig="Solange Ferrier\nDPAE – Rectorat de Grenoble",
     a="r", why="academic administrative staff, formal; forgotten password: section B",
     cl=[("g", "Madame, Monsieur,"),
         ("c", "Adjointe administrative à la division des personnels du rectorat, je suis inscrite à la formation relative à l’entretien professionnel."),
         ("fp", "J’ai malheureusement oublié le mot de passe associé à mon identifiant académique."),
         ("fp", "Je vous remercie de bien vouloir m’indiquer la procédure de réinitialisation."),
         ("s", "Veuillez agréer mes salutations distinguées.")]),

dict(slug="sms-parcours-napparait-pas", name="Morgane Blanc", addr="morgane.blanc@ac-grenoble.fr", client="gmail_mobile", c=20,
     body="""le parcours napparait pas dans mes formations alors que je suis connectee""",
     a="r", why="academic, logged in, course missing: step 3",
     cl=[("fc", "le parcours napparait pas dans mes formations"), ("c", "alors que je suis connectee")]),

dict(slug="sms-yahoo-c-koi-identifiant", name="Steeve Garnier", addr="steeve.garnier@yahoo.fr", client="yahoo", c=9,
     body="""c koi mon identifiant pour magistere ?""",
     a="r", why="no clue on the account, yahoo -> other; does not know his username: recovery page",
     cl=[("fu", "c koi mon identifiant pour magistere ?")]),

dict(slug="uga-en-a-marre-guichet", name="Nathan Perrier", addr="nathan.perrier@etu.univ-grenoble-alpes.fr", client="gmail_mobile", c=7,
     body="""Troisième fois que le guichet UGA me rejette mes identifiants, j'en ai marre. Je fais quoi ?""",
     a="r", why="UGA student, identifiers rejected at the university portal: university sections (ask the institution); venting only",
     cl=[("l", "Troisième fois que le guichet UGA me rejette mes identifiants,"), ("s", "j'en ai marre."), ("l", "Je fais quoi ?")]),

dict(slug="orange-entre-lignes-pas-visible-apres-ouverture", name="Raphaël Giraud", addr="raphael.giraud@ac-grenoble.fr", client="orange", c=5, quote="inline",
     body="""Bonjour,

> Message du 09/11/26 11:00
> De : "EAFC Grenoble" <formation-magistere@ac-grenoble.fr>
> A : raphael.giraud@ac-grenoble.fr
> Copie à :
> Objet : Invitation : L'école inclusive : travailler avec les AESH
>
> Le parcours sera ouvert à partir du 30 novembre 2026.

Nous sommes le 1er décembre et je ne le vois toujours pas dans la liste de mes parcours (je suis connecté avec mon compte académique).

Raphaël Giraud""",
     d="2026-12-01 18:40", a="r", why="academic answering under a quoted line: logged in, course not in his list: step 3",
     cl=[("g", "Bonjour,"), ("fc", "Nous sommes le 1er décembre et je ne le vois toujours pas dans la liste de mes parcours"),
         ("c", "(je suis connecté avec mon compte académique).")]),

dict(slug="tr-inscrite-deux-fois", name="Hélène Bardet", addr="helene.bardet@ac-grenoble.fr", client="outlook", c=0, quote="fwd", fmt="alt",
     body="""Bonjour,

J'ai reçu deux fois cette invitation, à deux jours d'intervalle. Suis-je inscrite deux fois ? Je ne voudrais pas prendre la place de quelqu'un.

Cordialement,
Hélène Bardet""",
     topics=[], a="e", why="possible double enrolment: a human must check",
     cl=[("g", "Bonjour,"), ("c", "J'ai reçu deux fois cette invitation, à deux jours d'intervalle."), ("o", "Suis-je inscrite deux fois ?"),
         ("c", "Je ne voudrais pas prendre la place de quelqu'un."), ("g", "Cordialement,")]),

dict(slug="iphone-reexpedie-partenaire-ou-cliquer", name="Bruno Charvet", addr="bruno.charvet@icloud.com", client="iphone", c=19, quote="fwd", fmt="alt", cte="qp",
     body="""Bonjour,
Je suis le photographe qui intervient dans le projet EAC. J'ai un nom d'utilisateur et un mot de passe M@gistère mais je ne sais pas où cliquer pour entrer.
Bruno""",
     a="r", why="external artist with a manual account: 'Connexion directe' button",
     cl=[("g", "Bonjour,"), ("c", "Je suis le photographe qui intervient dans le projet EAC."), ("c", "J'ai un nom d'utilisateur et un mot de passe M@gistère"),
         ("l", "mais je ne sais pas où cliquer pour entrer.")]),

dict(slug="rentre-dans-lordre-majuscules", name="Gilles Perrot", addr="gilles.perrot@ac-grenoble.fr", client="thunderbird", c=13,
     body="""Bonjour,

Tout est rentré dans l'ordre, j'avais tapé mon identifiant en majuscules. Merci à vous et bonne journée.

G. Perrot""",
     topics=[], a="i", why="closes the matter",
     cl=[("g", "Bonjour,"), ("c", "Tout est rentré dans l'ordre, j'avais tapé mon identifiant en majuscules."), ("t", "Merci à vous"), ("s", "et bonne journée.")]),

dict(slug="connecte-merci-mais-parcours-introuvable", name="Jade Fontaine", addr="jade.fontaine@ac-grenoble.fr", client="iphone", c=3, fmt="alt", cte="qp",
     body="""J'ai réussi à me connecter, merci ! Par contre je ne trouve pas la formation pHARe dans ma page d'accueil.""",
     a="r", why="thanks for the login but a new find-course problem: not closed, step 3",
     cl=[("c", "J'ai réussi à me connecter,"), ("t", "merci !"), ("fc", "Par contre je ne trouve pas la formation pHARe dans ma page d'accueil.")]),

dict(slug="connexion-ok-webcam-question", name="Rémi Chastel", addr="remi.chastel@ac-grenoble.fr", client="outlook", c=16, fmt="alt",
     body="""Bonjour,

C'est bon pour la connexion, merci. Par contre, faut-il une webcam et un micro pour la classe virtuelle ? Le poste de ma salle n'en a pas.

Rémi Chastel""",
     topics=[], a="e", why="login solved; new question about equipment for the virtual class: human",
     cl=[("g", "Bonjour,"), ("c", "C'est bon pour la connexion,"), ("t", "merci."),
         ("o", "Par contre, faut-il une webcam et un micro pour la classe virtuelle ?"), ("c", "Le poste de ma salle n'en a pas.")]),

dict(slug="pas-concerne-retraite-2024", name="Joëlle Mercier", addr="joelle.mercier@ac-grenoble.fr", client="owa", c=10,
     body="""Je ne suis pas concernée, je suis à la retraite depuis 2024.""",
     topics=[], a="e", why="should not be enrolled: someone must remove the registration",
     cl=[("o", "Je ne suis pas concernée, je suis à la retraite depuis 2024.")]),

dict(slug="capture-ecran-erreur-connexion", name="Killian Roux", addr="killian.roux@ac-grenoble.fr", client="gmail", c=2, fmt="alt", attach=("capture_erreur.png", "image/png"),
     body="""Bonjour,

J'ai cette erreur quand je me connecte avec le bouton bleu (voir capture jointe), je n'arrive pas à lire ce qu'elle veut dire.

Merci,
Killian""",
     a="e", why="unknown error only visible in an attached screenshot: a human has to look",
     cl=[("g", "Bonjour,"), ("l", "J'ai cette erreur quand je me connecte avec le bouton bleu (voir capture jointe),"),
         ("u", "je n'arrive pas à lire ce qu'elle veut dire."), ("t", "Merci,")]),
]
