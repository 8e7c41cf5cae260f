MESSAGES = [
dict(slug="oof-conge-maternite-zimbra", kind="robot", name="Elodie Charvet", addr="elodie.charvet@ac-grenoble.fr",
     course="Enseigner la lecture au cycle 2", subject="Re: Invitation : Enseigner la lecture au cycle 2",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", "Zimbra 10.0.8_GA_4611")],
     text="""[robot]Bonjour,

[robot]Je suis actuellement en congé maternité jusqu'au 15 mars 2027 et je ne consulte pas ma messagerie.
[robot]Pour toute question concernant la classe de CP, merci de vous adresser à Mme Roux, directrice de l'école (ce.0381234x@ac-grenoble.fr).
[robot]Pour les questions concernant le conseil des maîtres ou le projet d'école, vous pouvez joindre l'école au 04 76 xx xx xx.

[robot]Elodie Charvet""",
     profile="academic", topics=[], action="ignore",
     why="Zimbra vacation auto-reply (Auto-Submitted auto-replied): maternity leave notice, nobody to answer"),

dict(slug="oof-outlook-regle-sans-entete", kind="robot", name="Thomas Reynaud", addr="t.reynaud@lycee-saint-michel-annecy.fr",
     course="Le numérique au service des apprentissages", subject="Absent du bureau : Invitation : Le numérique au service des apprentissages",
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")], irt=False, cte="8bit",
     text="""[robot]Bonjour,

[robot]Je suis absent du lundi 23 novembre au vendredi 4 décembre inclus (voyage scolaire en Espagne avec les classes de seconde), avec un accès très limité à mes messages.
[robot]En cas d'urgence, merci de contacter la vie scolaire au 04 50 xx xx xx ou le secrétariat de direction.
[robot]Je vous répondrai dès mon retour.

[robot]Thomas Reynaud
[robot]Professeur d'espagnol""",
     profile="other", topics=[], action="ignore",
     why="out-of-office written by an Outlook client rule, without auto headers: robot, ignore"),

dict(slug="bounce-boite-pleine", kind="bounce", name="Mail Delivery System", addr="MAILER-DAEMON@mx1.ac-grenoble.fr",
     return_path="", course="Climat scolaire et prévention du harcèlement",
     subject="Undelivered Mail Returned to Sender", failed="francois.besson@ac-grenoble.fr", status="5.2.2",
     diag="552 5.2.2 <francois.besson@ac-grenoble.fr>: Mailbox full, quota exceeded", irt=False, cte="8bit",
     extra=[("Auto-Submitted", "auto-replied")],
     text="""[robot]This is the mail system at host mx1.ac-grenoble.fr.

[robot]I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

[robot]For further assistance, please send mail to postmaster.

[robot]If you do so, please include this problem report. You can
delete your own text from the attached returned message.

[robot]The mail system

[robot]<francois.besson@ac-grenoble.fr>: mailbox full, quota exceeded""",
     profile="academic", topics=[], action="ignore",
     why="Postfix bounce (mailbox full) for one invitation: a robot, never answered"),

dict(slug="histoire-longue-finalement-ok-merci", name="Christine Jourdan", addr="christine.jourdan@ac-grenoble.fr",
     client="outlook", course="Accueillir un élève allophone", charset="windows-1252",
     text="""[greeting]Bonjour,

[context]Je voulais vous tenir au courant de mes aventures, puisque je vous avais écrit vendredi en panique. [context]Donc : j'avais effectivement oublié mon mot de passe, j'ai utilisé le lien de réinitialisation avec mon NUMEN (que j'ai fini par retrouver dans un vieux classeur de mon année de stage, en 2009 !). [context]Ensuite la connexion avec le bouton bleu a marché du premier coup et le parcours était bien là, tout en haut de la liste.

[context]Bref, tout est rentré dans l'ordre, [thanks]merci pour votre patience et pour le guide qui est très clair.""",
     sig="Christine Jourdan\nProfesseure de FLE - UPE2A\nCollège Fernand-Léger, Saint-Martin-d'Hères",
     profile="academic", topics=[], action="ignore",
     why="long follow-up telling how she solved everything: closes the matter, no question"),

dict(slug="inline-reponses-entre-lignes", name="Yannick Morin", addr="yannick.morin@ac-grenoble.fr",
     client="thunderbird_top", course="Différencier en classe hétérogène", quote=False,
     text="""[greeting]Bonjour,

[context]Je réponds dans votre message, c'est plus simple.

> Vous êtes inscrit(e) à la formation « Différencier en classe hétérogène » proposée par l'École académique de la formation continue (EAFC) de Grenoble.

[other_request]Oui mais je m'étais inscrit au groupe d'Albertville, pas de Chambéry, je crois qu'il y a une erreur.

> 1. rendez-vous sur https://magistere.education.fr/ac-grenoble/
> 2. choisissez votre mode de connexion (compte académique, enseignement supérieur ou connexion directe) ;

[login]C'est là que ça coince : je choisis compte académique, je tape mon identifiant et j'ai une page blanche.

> 3. cliquez sur le titre de la formation dans la liste de vos parcours.

[context]Je n'en suis pas encore là !

[thanks]Merci""",
     sig="Yannick Morin\nCollège Jean-Moulin, Albertville",
     profile="academic", topics=["login"], action="escalate",
     why="answers typed between quoted lines: wrong group (human) and a blank page after logging in"),

dict(slug="nouvelle-prof-belgique-guest", name="Marie Dewandre", addr="marie.dewandre@outlook.fr",
     client="owa", course="Former les tuteurs de stagiaires", charset="utf-8",
     text="""[greeting]Bonjour,

[context]Je suis enseignante belge, en échange cette année dans le cadre d'un partenariat avec la Haute École de Namur, et je suis accueillie dans une école de Grenoble pour observer la formation des stagiaires. [context]Je n'ai évidemment pas de compte de l'académie, et la conseillère pédagogique m'a dit qu'on m'avait créé un compte « manuel » sur M@gistère.

[forgotten_username]Je n'ai jamais reçu le courriel avec mon nom d'utilisateur (j'ai regardé dans les spams), [forgotten_username]comment puis-je le récupérer ? [login]Et faut-il bien passer par la « connexion directe » ?

[thanks]Merci beaucoup, [small_talk]et bravo pour l'accueil, tout le monde est adorable ici.""",
     sig="Marie Dewandre",
     profile="other", topics=["forgotten_username", "login"], action="reply",
     why="foreign teacher with a manual guest account: username never received (recovery page) and Connexion directe"),

dict(slug="lien-ne-marche-pas-trois-pb", name="Alexandre Brun", addr="alexandre.brun@ac-grenoble.fr",
     client="gmail", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour

[context]Je fais court car je suis entre deux cours : [login]le lien de votre mail m'amène sur une page de connexion où je ne sais pas quoi choisir, [forgotten_password]j'ai essayé le bouton bleu avec mon identifiant et mon mot de passe habituels mais il est refusé, [forgotten_password]et quand je clique sur mot de passe oublié on me demande mon NUMEN que je n'ai pas sur moi. [forgotten_password]Est-ce qu'il y a une autre solution que le NUMEN ?

[context]En plus je suis TZR et je change d'établissement tous les trois mois, donc les secrétariats ne me connaissent jamais.

[thanks]Merci""",
     sig="Alexandre Brun - TZR physique-chimie",
     profile="academic", topics=["forgotten_password", "login"], action="reply",
     why="TZR: which button, password refused and reset needing the NUMEN; guide sections B and step 2 answer"),

dict(slug="bounce-exchange-ndr-fr", kind="robot", name="Microsoft Outlook", addr="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lycee-vaucanson.fr",
     course="Enseigner avec le numérique dans le supérieur", subject="Non remis : Invitation : Enseigner avec le numérique dans le supérieur",
     return_path="", irt=True, cte="base64", html="only",
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")],
     text="""[robot]Votre message n'a pas pu être remis à p.lemaire@lycee-vaucanson.fr, car l'adresse est introuvable ou n'est pas valide.

[robot]Comment résoudre le problème ?
[robot]Vérifiez l'adresse de messagerie du destinataire, puis essayez de renvoyer le message. Si le problème persiste, contactez votre service d'assistance.

[robot]Serveur ayant généré ce message : PR1P264MB2345.FRAP264.PROD.OUTLOOK.COM
[robot]Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
     profile="other", topics=[], action="ignore",
     why="Exchange non-delivery report in HTML (no multipart/report): a bounce, ignore"),

dict(slug="prof-ecole-privee-identifiant-acad", name="Anne-Laure Sibille", addr="al.sibille@ensemble-scolaire-notredame.fr",
     client="outlook", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[context]J'enseigne la physique-chimie dans un établissement privé sous contrat (Ensemble scolaire Notre-Dame, Grenoble). [context]Mon chef d'établissement m'a inscrite à la formation via le plan de formation. [context]Je me suis renseignée auprès d'une collègue qui l'a suivie l'an dernier : d'après elle, nous avons nous aussi un identifiant académique (celui qui sert pour I-Prof et les inscriptions aux examens), et c'est avec lui qu'on se connecte. [context]J'ai bien cet identifiant, je m'en sers pour les convocations au bac.

[forgotten_password]Mais le mot de passe que j'ai dans mon carnet ne passe pas. [forgotten_password]Faut-il le réinitialiser, et comment ?

[thanks]Merci par avance et bonne journée""",
     sig="Anne-Laure Sibille\nPhysique-chimie\nEnsemble scolaire Notre-Dame",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="private-school teacher who says she logs in with her academic identifier: academic profile, password reset"),

dict(slug="rdv-carriere-et-trouver", name="Sébastien Dupuy", addr="sebastien.dupuy@ac-grenoble.fr",
     client="zimbra", course="Enseigner la géographie par les paysages", zprefix=True,
     text="""[greeting]Bonjour,

[context]J'ai mon rendez-vous de carrière le mois prochain et mon inspectrice m'a conseillé de suivre cette formation. [context]Je me suis connecté ce matin sans problème, [find_course]mais je ne trouve pas le parcours : j'ai une quinzaine de formations dans ma liste (je suis formateur sur certaines) et je ne vois pas celle-ci. [find_course]Y a-t-il un moyen de filtrer ?

[other_request]Par ailleurs, l'inspectrice aimerait savoir si je peux lui transmettre un justificatif de suivi ou une attestation, même partielle, avant le rendez-vous.

[thanks]Merci""",
     sig="Sébastien Dupuy\nHistoire-géographie\nCollège Les Saules, Eybens",
     profile="academic", topics=["find_course"], action="escalate",
     why="finding the course among many (guide remarks) plus a request for a proof of attendance"),

dict(slug="mdn-lu-outlook", kind="mdn", name="Josiane Perret", addr="josiane.perret@ac-grenoble.fr",
     course="Coordonner une ULIS", subject="Lu : Invitation : Coordonner une ULIS", cte="8bit",
     text="""[robot]Votre message

  À : josiane.perret@ac-grenoble.fr
  Objet : Invitation : Coordonner une ULIS
  Envoyé : 17/11/2026 09:12

[robot]a été lu le 18/11/2026 07:48.""",
     profile="academic", topics=[], action="ignore",
     why="read receipt (multipart/report disposition-notification): robot"),

dict(slug="iphone-ps-pps-attestation", name="Laurent Cartier", addr="laurent.cartier@icloud.com",
     client="iphone", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,
[context]Je suis conseiller principal d'éducation au lycée professionnel Jean-Jaurès d'Annemasse, j'ai reçu votre invitation sur mon adresse perso (je ne sais pas pourquoi d'ailleurs, je me suis inscrit avec l'académique). [login]Je voulais savoir s'il faut se connecter avec l'adresse académique ou avec celle-ci ?
[thanks]Merci
[forgotten_password]PS : j'ai oublié le mot de passe académique aussi, je ne m'en sers que sur l'ordinateur du bureau où il est enregistré...
[other_request]PPS : est-ce qu'il y aura une attestation de présence à la fin ?""",
     sig="",
     profile="academic", topics=["forgotten_password", "login"], action="escalate",
     why="CPE of the académie on icloud: which account and password are in the guide; P.P.S. asks for an attendance certificate"),

dict(slug="ingenieure-uga-login-change", name="Pauline Arnaud", addr="pauline.arnaud@univ-grenoble-alpes.fr",
     client="thunderbird", course="Enseigner avec le numérique dans le supérieur", charset="iso-8859-1",
     text="""[greeting]Bonjour,

[context]Je suis ingénieure pédagogique à la DAPI de l'UGA depuis le 1er octobre. [context]Avant j'étais contractuelle à l'INSPE, et j'avais donc déjà un compte UGA, mais mon changement de poste a provoqué un changement de login (mon ancien login était parnaud2, le nouveau je ne sais pas). [forgotten_username]Je ne suis donc pas sûre de l'identifiant à utiliser pour me connecter à M@gistère, [forgotten_username]faut-il l'ancien ou le nouveau ? [login]Et il faut bien choisir « SUPIDP - Université Grenoble Alpes » dans la liste ?

[thanks]Bien cordialement,""",
     sig="Pauline Arnaud\nIngénieure pédagogique - DAPI\nUniversité Grenoble Alpes",
     profile="university", topics=["forgotten_username", "login"], action="reply",
     why="UGA staff unsure of her university login after a change of post, and which desk: guide points to her institution"),

dict(slug="cours-contenu-bug-video", name="Rachid Oumari", addr="rachid.oumari@ac-grenoble.fr",
     client="outlook", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Je suis bien entré dans le parcours après avoir galéré une semaine (merci à notre RUPN qui m'a débloqué). [context]J'ai commencé le module 2 mais la vidéo de présentation ne se lance pas, j'ai un carré noir avec « ce contenu ne peut pas être affiché ». [other_request]Est-ce que c'est de mon côté ou de la plateforme ? [context]J'ai essayé avec Firefox et Edge.

[other_request]Autre question : le quiz de fin de module 1 m'a mis 0 alors que j'ai répondu à tout, est-ce que je peux le refaire ?

[thanks]Merci et bonne soirée""",
     sig="Rachid Oumari\nTechnologie - collège Jean-Vilar, Échirolles",
     profile="academic", topics=[], action="escalate",
     why="inside the course: video not playing and quiz score: bugs in the course, for a human"),

dict(slug="gmail-perso-universite-erreur-guichet", name="Hugo Lefebvre", addr="hugo.lefebvre.pro@gmail.com",
     client="gmail", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Je suis enseignant-chercheur à l'Université Grenoble Alpes (UFR de psychologie) et je réponds depuis ma boîte gmail car je suis en déplacement au Québec pour un colloque, la messagerie de l'université passe mal d'ici. [login]J'essaie de me connecter à M@gistère avec mon compte agalan, je choisis le guichet UGA, et j'ai le message « service non autorisé » après avoir tapé mon mot de passe. [context]C'est peut-être lié au VPN ? [login]Pouvez-vous me dire ce que je fais mal ?

[thanks]Merci, [small_talk]et désolé du décalage horaire si vous recevez ceci la nuit.""",
     sig="Hugo Lefebvre\nMCF - UFR SHS, UGA",
     profile="university", topics=["login"], action="escalate", tech=True,
     why="UGA lecturer (gmail sender) on his university account: 'service non autorisé' after a correct password is a technical error the guide does not solve"),

dict(slug="ignore-newsletter-liste", kind="robot", name="Lettre d'information Canopé", addr="newsletter@reseau-canope.fr",
     course="Enseigner l'oral au lycée", subject="La lettre du mois : l'oral dans tous ses états", irt=False,
     return_path="bounce-2026-11-4471@lists.reseau-canope.fr", html="only",
     extra=[("List-Id", "<lettre-info.reseau-canope.fr>"), ("List-Unsubscribe", "<https://www.reseau-canope.fr/desabonnement?u=88421>"),
            ("Precedence", "bulk")],
     text="""[robot]Découvrez ce mois-ci notre dossier consacré à l'oral : podcasts, débats réglés, éloquence au lycée.
[robot]Nouveau : la formation hybride « Enseigner l'oral » est désormais ouverte sur M@gistère, inscrivez-vous auprès de votre EAFC.
[robot]Vous recevez cette lettre car vous êtes abonné(e) aux actualités de Réseau Canopé. Se désabonner.""",
     profile="other", topics=[], action="ignore",
     why="mailing-list newsletter (List-Id, Precedence bulk): nobody answers"),

dict(slug="collegue-m-a-dit-numen-majuscules", name="Agnès Tournier", addr="agnes.tournier@ac-grenoble.fr",
     client="iphone", course="Climat scolaire et prévention du harcèlement", charset="utf-8",
     text="""[greeting]Bonsoir,
[context]Une collègue m'a dit que le mot de passe par défaut c'était le NUMEN, [context]moi je l'ai tapé trois fois et maintenant le compte est bloqué je crois, il y a un message rouge. [forgotten_password]Je n'ai jamais changé mon mot de passe de ma vie donc je ne comprends pas. [forgotten_password]Est-ce que le NUMEN doit être en majuscules ou en minuscules ?
[thanks]Merci de m'éclairer""",
     sig="Agnès",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="default NUMEN password refused, asks about capitals: guide section B"),

dict(slug="remplacante-frais-horaires-plusieurs", name="Magali Coste", addr="magali.coste@ac-grenoble.fr",
     client="outlook_plain", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Je suis brigade de remplacement sur la circonscription de Vienne. [context]Je serai en remplacement long à partir de janvier, je ne sais pas encore dans quelle école.

[other_request]- Les journées de formation seront-elles remplacées, puisque moi-même je suis remplaçante ?
[other_request]- Les frais de déplacement sont-ils pris en charge si la formation est à Grenoble ?
[other_request]- Peut-on avoir le planning complet des séances ?

[context]Pour M@gistère, je n'ai pas encore essayé, [small_talk]je vous embêterai plus tard si besoin !

[thanks]Cordialement et merci""",
     sig="Magali Coste",
     profile="academic", topics=[], action="escalate",
     why="three practical questions (replacement, travel costs, schedule), none in the guide"),

dict(slug="samsung-bouton-violet-etudiant-smb", name="Enzo Rivière", addr="enzo.riviere@etu.univ-smb.fr",
     client="samsung", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour
[context]Je suis étudiant en licence STAPS à Chambéry et je suis tuteur pour des étudiants en situation de handicap, c'est pour ça que je suis inscrit. [login]J'ai cliqué sur le bouton violet mais je ne trouve pas Savoie Mont Blanc dans la liste des établissements, il y a que Grenoble. [forgotten_password]Et c'est le même mot de passe que pour l'ENT de l'université ?
[thanks]Merci""",
     sig="Enzo",
     profile="university", topics=["forgotten_password", "login"], action="reply",
     why="USMB student: choosing his institution's desk and which password; guide step 2 and institution account"),

dict(slug="mutation-rentree-deux-adresses", name="Frédérique Laval", addr="frederique.laval@ac-lyon.fr",
     client="zimbra", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Je vous écris depuis mon ancienne adresse de l'académie de Lyon, que j'ai encore pour quelques semaines. [context]J'ai été mutée à Grenoble en septembre (collège du Moucherotte à Saint-Nizier) et l'invitation est arrivée ici, sur l'adresse lyonnaise. [context]J'ai maintenant une adresse ac-grenoble.fr (frederique.laval@ac-grenoble.fr) que j'utilise tous les jours.

[login]Pour me connecter à M@gistère Grenoble, je dois prendre le compte de Grenoble ou celui de Lyon ? [other_request]Et pouvez-vous changer l'adresse de contact de mon inscription pour ne plus recevoir les messages sur l'ancienne ?

[thanks]Merci par avance""",
     sig="Frédérique Laval",
     profile="academic", topics=["login"], action="escalate",
     why="mutated teacher now with a Grenoble academic account (academic despite ac-lyon sender); asks to change her contact address"),

dict(slug="thanks-only-long", name="Denis Arlaud", addr="denis.arlaud@ac-grenoble.fr",
     client="apple", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour,

[context]Simple message pour vous dire que j'ai bien reçu l'invitation et que je me suis connecté sans difficulté, le parcours est bien visible. [small_talk]Cela fait plaisir de voir une formation des tuteurs enfin organisée, nous en parlions depuis des années en conseil pédagogique. [small_talk]Je suis certain que les stagiaires en profiteront.

[thanks]Merci à toute l'équipe et à bientôt en présentiel.""",
     sig="Denis Arlaud\nProfesseur d'EPS, tuteur\nLycée Louise-Michel",
     profile="academic", topics=[], action="ignore",
     why="acknowledgement and thanks, everything works: no answer needed"),

dict(slug="ne-sais-pas-ce-quil-faut", name="Josette Vial", addr="josette.vial@laposte.net",
     client="roundcube_top", course="Accueillir les enfants de moins de trois ans", charset="iso-8859-1", cte="quoted-printable",
     text="""[greeting]bonjour

[unclear]j'ai recu ce mail mais je ne sais pas ce qu'il faut faire, c'est pour l'école de ma petite fille ? [context]elle est en petite section à l'école du Village. [unclear]est ce que je dois inscrire quelque chose ou venir à une réunion

[thanks]merci""",
     sig="Josette Vial",
     profile="other", topics=[], action="escalate",
     why="unclear: a grandparent who seems to have received the invitation by mistake; a human must sort it out"),

dict(slug="eap-apprentie-entreprise", name="Inès Garcia", addr="ines.garcia@eiffage-alternance.fr",
     client="outlook", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour,

[context]Je suis tutrice d'apprentis dans une entreprise du BTP et je participe à la formation proposée aux maîtres d'apprentissage avec le CFA académique. [context]J'ai bien reçu un courriel de M@gistère le 12 novembre avec un nom d'utilisateur, mais le mot de passe indiqué ne fonctionne plus, [forgotten_password]il me semble qu'il était temporaire. [forgotten_password]Comment en obtenir un nouveau ?

[login]Et pour la connexion : il faut taper le nom d'utilisateur ou mon adresse mail ?

[thanks]Merci de votre aide.""",
     sig="Inès Garcia\nConductrice de travaux - tutrice apprentis",
     profile="other", topics=["forgotten_password", "login"], action="reply",
     why="company tutor with a manual account: new password via recovery page and how to fill Connexion directe"),

dict(slug="long-vacances-toussaint-trois-points", name="Pierre-Yves Renaud", addr="py.renaud@ac-grenoble.fr",
     client="gmail", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour,

[context]Pendant les vacances de la Toussaint j'ai eu un souci d'ordinateur (disque dur mort, tout perdu, y compris mes mots de passe enregistrés dans le navigateur), et depuis c'est la galère pour tout. [context]J'ai réussi à récupérer la messagerie grâce à l'assistance, mais pas le reste.

[context]Pour M@gistère donc :
[forgotten_username]- je ne suis plus sûr de mon identifiant (pyrenaud ? prenaud ?)
[forgotten_password]- et je n'ai plus le mot de passe
[find_course]- et je ne sais pas où sera la formation une fois connecté, c'est ma première sur M@gistère

[thanks]Merci de votre aide""",
     sig="P-Y Renaud\nSVT - lycée Ferdinand-Buisson, Voiron",
     profile="academic", topics=["forgotten_username", "forgotten_password", "find_course"], action="reply",
     why="academic teacher who lost identifier and password after a disk crash, plus where the course is; all in the guide"),

dict(slug="desinscription-grossesse", name="Lucie Bertrand", addr="lucie.bertrand@ac-grenoble.fr",
     client="owa", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Je suis enceinte et je serai en congé maternité à partir du 4 janvier, donc pendant toute la durée de la formation. [other_request]Je préfère me désinscrire pour laisser la place à quelqu'un d'autre, [other_request]pouvez-vous m'indiquer la démarche ? [other_request]Et est-ce que je pourrai m'inscrire à la session de l'an prochain ?

[context]Je me suis quand même connectée pour voir (tout fonctionne), [small_talk]le programme a l'air passionnant.

[thanks]Merci et bonne journée,""",
     sig="Lucie Bertrand\nCollège Gérard-Philipe",
     profile="academic", topics=[], action="escalate",
     why="wants to unsubscribe because of maternity leave and asks about next year's session"),
]
