MESSAGES = [
dict(slug="mutation-lyon-mdp-parcours", name="Sandrine Colomb", addr="sandrine.colomb@ac-grenoble.fr",
     client="outlook", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[context]Je me permets de vous écrire car je suis un peu perdue. [context]J'ai obtenu ma mutation de l'académie de Lyon à la rentrée et je suis maintenant professeure de mathématiques au collège Jules-Vallès de Fontaine. [context]A Lyon j'utilisais déjà M@gistère, mais avec mes anciens identifiants lyonnais bien sûr. [context]Ma collègue de SVT m'a dit qu'ici il fallait utiliser l'identifiant de la messagerie académique de Grenoble, ce que j'ai fait : [forgotten_password]l'identifiant est bien reconnu mais le mot de passe est refusé, alors que c'est celui que j'ai choisi en septembre (je crois...). [forgotten_password]Comment est-ce que je peux le réinitialiser ?

[find_course]Et une fois connectée, est-ce que le parcours « Évaluer par compétences » apparaîtra directement ou faut-il le chercher quelque part ?

[thanks]Merci d'avance pour votre aide,""",
     sig="Sandrine Colomb\nProfesseure de mathématiques\nCollège Jules-Vallès - Fontaine",
     profile="academic", topics=["forgotten_password", "find_course"], action="reply",
     why="mutated teacher now on her Grenoble academic account: password refused (reset) and where the course appears; both in the guide"),

dict(slug="conge-maternite-attestation-login", name="Aurélie Vernet", addr="aurelie.vernet38@gmail.com",
     client="gmail", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Je reviens tout juste de congé maternité (mon fils est né en mai, tout va bien merci !) et je découvre plein de mails en retard, dont votre invitation. [context]J'écris depuis ma boîte perso parce que je n'ai pas encore réussi à rouvrir ma messagerie académique, je suis professeure des écoles à l'école Jean-Macé de Voiron.

[context]J'ai plusieurs questions :
[login]- où faut-il se connecter exactement, il y a plusieurs boutons sur la page et je ne sais pas lequel choisir ?
[other_request]- est-ce que je peux encore suivre la formation alors que la première partie a commencé pendant mon congé ?
[other_request]- et est-ce que j'aurai une attestation à la fin, c'est pour mon dossier de rendez-vous de carrière.

[thanks]Merci beaucoup et désolée pour ce long message""",
     sig="Aurélie Vernet\nPE - école Jean-Macé, Voiron",
     profile="academic", topics=["login"], action="escalate",
     why="PE of the académie writing from gmail: which login button is in the guide, but late joining and attestation need a human"),

dict(slug="nouveau-poste-identifiant-numen", name="Karim Bensaïd", addr="karim.bensaid@ac-grenoble.fr",
     client="zimbra", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Je suis nouvellement nommé CPE au lycée Pablo-Neruda de Saint-Martin-d'Hères, après dix ans dans le privé hors contrat où je n'avais évidemment pas d'adresse académique. [context]Le secrétariat m'a créé mon adresse mais c'est la gestionnaire qui s'est connectée la première fois pour moi et je n'ai rien noté. [forgotten_username]Du coup je ne sais pas quel est mon identifiant pour M@gistère, [forgotten_username]est-ce que c'est mon adresse mail en entier ou autre chose ? [context]J'ai bien reçu mon NUMEN par courrier.

[thanks]Merci par avance.""",
     sig="K. Bensaïd\nCPE - Lycée Pablo-Neruda",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="new academic CPE who does not know his identifier; NUMEN available, guide section A answers"),

dict(slug="vacataire-uga-trois-questions", name="Léa Fournier", addr="lea.fournier@etu.univ-grenoble-alpes.fr",
     client="gmail_mobile", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Je suis étudiante en M2 MEEF à l'INSPE et je fais mon stage en alternance dans une classe de CE1 à Échirolles. [context]Ma tutrice m'a inscrite à la formation sur la lecture et j'ai reçu l'invitation sur mon adresse étudiante.

[context]Alors :
[login]1) je me connecte avec quoi ? avec mon compte UGA ?
[forgotten_password]2) si c'est le compte UGA j'ai changé de mot de passe le mois dernier et il ne marche plus depuis, je fais comment ?
[find_course]3) une fois dedans, où est la formation ?

[thanks]Merci !! Bonne journée""",
     sig="Léa",
     profile="university", topics=["forgotten_password", "login", "find_course"], action="reply",
     why="UGA student using her university account: how to log in, password, finding the course, all in the guide"),

dict(slug="collegue-dit-inscription-collegue", name="Bernard Pichon", addr="bernard.pichon@ac-grenoble.fr",
     client="outlook_plain", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Mon collègue Thierry (technologie, même collège que moi) m'a dit qu'il n'avait pas reçu l'invitation alors que nous nous étions inscrits ensemble au PAF en juin. [other_request]Pouvez-vous vérifier son inscription ou l'ajouter ? son adresse est thierry.masson@ac-grenoble.fr.

[context]Pour ma part j'ai essayé de me connecter hier soir, [login]j'ai cliqué sur le bouton bleu puis j'ai une page d'erreur « accès refusé » après avoir saisi mes identifiants. [context]Je précise que mes identifiants marchent très bien pour le webmail.

[thanks]Merci et bonne journée.""",
     sig="Bernard Pichon\nCollège Le Chamandier, Gières",
     profile="academic", topics=["login"], action="escalate",
     why="asks to register a colleague (not in the guide) besides a login error"),

dict(slug="finalement-reussi-collegue-aidee", name="Mireille Dallot", addr="mireille.dallot@orange.fr",
     client="orange", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Je vous avais écrit lundi parce que je n'arrivais pas à entrer sur la plateforme. [context]Finalement ma directrice est passée dans ma classe à midi et m'a montré : je cliquais sur « connexion directe » au lieu du bouton bleu académique, c'est bête ! [context]Tout fonctionne, j'ai trouvé le parcours et même commencé le premier module.

[thanks]Merci quand même et désolée pour le dérangement, [small_talk]bonne fin de semaine à toute l'équipe.""",
     sig="Mireille Dallot\nEcole maternelle Les Tilleuls",
     profile="academic", topics=[], action="ignore",
     why="closes the matter: solved with the director's help, no question left"),

dict(slug="ps-frais-deplacement", name="Olivier Rostaing", addr="olivier.rostaing@ac-grenoble.fr",
     client="thunderbird", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Je suis enseignant de lettres au lycée du Grésivaudan à Meylan, inscrit à la formation sur l'oral. [find_course]Je suis bien connecté à M@gistère (compte académique), je vois la page d'accueil mais dans la liste il n'y a que deux vieux parcours de 2023 et pas celui de l'oral. [find_course]Est-ce normal ou est-ce que je dois faire une recherche ?

[thanks]Merci,

[other_request]PS : pour la journée en présentiel à Grenoble, les frais de déplacement sont-ils remboursés ? je viens de Pontcharra.""",
     sig="Olivier Rostaing",
     profile="academic", topics=["find_course"], action="escalate",
     why="course not in his list (guide) plus travel costs question in the P.S."),

dict(slug="retraitee-compte-invite-identifiant", name="Geneviève Morel", addr="genevieve.morel@wanadoo.fr",
     client="thunderbird_top", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour Madame, Monsieur,

[context]Je suis retraitée de l'éducation nationale depuis 2024 (j'étais conseillère pédagogique de circonscription à Bourgoin) et j'interviens bénévolement auprès des tuteurs. [context]On m'a expliqué que mon ancienne adresse académique n'existe plus et qu'un compte « invité » avait été créé pour moi sur M@gistère. [context]J'ai dû recevoir un courriel avec le nom d'utilisateur cet été mais j'ai changé d'ordinateur entre temps et je ne le retrouve plus. [forgotten_username]Comment retrouver mon nom d'utilisateur, [forgotten_password]et le mot de passe qui va avec ?

[thanks]Avec mes remerciements,""",
     sig="Geneviève Morel",
     profile="other", topics=["forgotten_username", "forgotten_password"], action="reply",
     why="retired, guest (manual) account: lost username and password, guide's 'autre cas' recovery page"),

dict(slug="changement-groupe-et-mdp", name="Fatima Haddad", addr="fatima.haddad@ac-grenoble.fr",
     client="iphone", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour
[context]Je suis inscrite dans le groupe du mercredi à Vienne mais depuis la rentrée j'ai changé d'établissement et je travaille maintenant à Bourgoin le mercredi. [other_request]Est ce que c'est possible de passer dans le groupe de Bourgoin ou de La Tour du Pin ?
[forgotten_password]Autre chose, j'ai oublié mon mot de passe académique et je n'arrive pas à me connecter au parcours, il me semble que c'était le NUMEN au début ?
[thanks]Merci beaucoup""",
     sig="Fatima Haddad\nProfesseure UPE2A",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="group change request (human) mixed with a forgotten academic password"),

dict(slug="aesh-gmail-long-identifiant-mdp", name="Nathalie Bouvier", addr="nath.bouvier@hotmail.fr",
     client="owa", course="AESH : accompagner les élèves à besoins éducatifs particuliers",
     text="""[greeting]Bonjour,

[context]Je suis AESH depuis trois ans sur deux écoles de Chambéry (école des Combes et école du Biollay). [context]C'est la première fois qu'on me propose une formation sur M@gistère et franchement je ne suis pas très à l'aise avec l'informatique. [context]Ma coordinatrice PIAL m'a dit que j'avais forcément une adresse académique en prenom.nom@ac-grenoble.fr mais je ne l'ai jamais utilisée, tout passe par mon adresse hotmail.

[forgotten_username]Je ne connais donc pas mon identifiant, [forgotten_password]et encore moins le mot de passe. [context]J'ai retrouvé mon NUMEN sur un papier de mon contrat. [login]Ensuite il faut aller où pour se connecter ?

[thanks]Merci de votre patience""",
     sig="Nathalie Bouvier\nAESH - PIAL Chambéry 2",
     profile="academic", topics=["forgotten_username", "forgotten_password", "login"], action="reply",
     why="AESH of the académie (hotmail sender): identifier unknown, password, where to log in; all guide steps"),

dict(slug="collegue-absente-desinscription", name="Hélène Garnier", addr="helene.garnier@ac-grenoble.fr",
     client="outlook", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Je vous écris à la fois pour moi et pour une collègue. [context]Ma collègue Anne-Sophie, inscrite comme moi à cette formation, est arrêtée pour plusieurs mois (opération) et ne pourra pas la suivre. [other_request]Faut-il la désinscrire, et qui doit faire la démarche ?

[context]Pour moi, j'ai un souci différent : [login]quand je clique sur le lien de l'invitation j'arrive sur une page avec trois boutons de connexion et aucun ne semble marcher, la page se recharge à chaque fois.

[thanks]Merci d'avance de votre retour.""",
     sig="Hélène Garnier\nCPE - Collège Henri-Wallon, Saint-Martin-d'Hères\n04 76 xx xx xx",
     profile="academic", topics=["login"], action="escalate",
     why="unsubscribing a colleague (human request) plus a login loop on the login page"),

dict(slug="inp-doctorant-guichet", name="Tomás Ferreira", addr="tomas.ferreira@grenoble-inp.fr",
     client="thunderbird", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Hello, bonjour,

[context]I am a PhD student at Grenoble INP (G2Elab) and I teach TD in electronics this year, so my department asked me to follow this training. [context]Sorry, my French is OK but not perfect.

[login]When I click on the purple button I see a long list of "guichets" and I do not know which one is for me, there is "SUPIDP - Grenoble INP" and also "Grenoble INP - UGA", which one do I choose?
[find_course]And after login, where is the course, is it in "Tous mes parcours"?

[thanks]Thank you very much,""",
     sig="Tomás Ferreira\nDoctorant, G2Elab - Grenoble INP",
     profile="university", topics=["login", "find_course"], action="reply",
     why="INP doctoral student: which authentication desk to choose and where the course is; guide sections"),

dict(slug="date-presentiel-et-connexion-ok", name="Cécile Lambert", addr="cecile.lambert@ac-grenoble.fr",
     client="zimbra_html", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[context]Tout d'abord, la connexion fonctionne, j'ai pu entrer dans le parcours sans problème en suivant votre message. [context]Par contre, dans le parcours il est indiqué une journée en présentiel « à programmer ». [other_request]Pouvez-vous me dire quand et où aura lieu cette journée ? [context]Je suis à temps partiel et je ne travaille pas le vendredi, [other_request]si c'est un vendredi il faudrait que je m'organise pour la garde de mes enfants.

[thanks]Merci beaucoup,""",
     sig="Cécile Lambert\nProfesseure d'anglais, collège de la Bièvre",
     profile="academic", topics=[], action="escalate",
     why="login fine; asks the date and place of the face-to-face day: not in the guide"),

dict(slug="partenaire-asso-connexion-directe", name="Julien Marchetti", addr="j.marchetti@association-passerelles38.org",
     client="outlook", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[context]Je suis éducateur dans une association partenaire du collège Aimé-Césaire (dispositif de prévention du décrochage) et la principale m'a proposé de suivre la formation avec l'équipe. [context]J'ai reçu il y a quinze jours un mail de M@gistère avec un nom d'utilisateur et un mot de passe provisoire, que j'ai gardé précieusement.

[login]Mais sur la page de connexion je ne sais pas où les taper : le bouton bleu m'envoie vers l'académie qui ne me connaît pas, le violet vers les universités. [login]Quel est le bon chemin pour quelqu'un comme moi ?

[thanks]Merci pour votre aide.""",
     sig="Julien Marchetti\nÉducateur spécialisé\nAssociation Passerelles 38",
     profile="other", topics=["login"], action="reply",
     why="external partner with a manual guest account: which login button (Connexion directe); in the guide"),

dict(slug="plainte-trois-relances", name="Patrick Giraud", addr="patrick.giraud@ac-grenoble.fr",
     client="outlook_plain", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]C'est la troisième fois que j'écris à cette adresse et je n'ai jamais eu de réponse d'une personne. [context]Je reçois à chaque fois le même message automatique qui me renvoie vers le guide, que j'ai lu et relu. [context]J'ai suivi toutes les étapes : le bouton bleu, mon identifiant académique, le mot de passe (qui marche pour le webmail, je viens de vérifier). [login]Et j'ai toujours « erreur d'authentification » sur M@gistère.

[other_request]Je souhaiterais qu'une personne me rappelle ou m'écrive, ou à défaut être désinscrit de cette formation, [context]je ne vais pas y passer mes soirées.""",
     sig="P. Giraud\nLycée Champollion",
     profile="academic", topics=["login"], action="escalate",
     why="complaint after repeated automatic answers, persistent login error, asks for a person or unsubscription"),

dict(slug="tb-bottom-mdp-expire", name="Claire Jacquemin", addr="claire.jacquemin@ac-grenoble.fr",
     client="thunderbird", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour,

[context]Petite histoire pour commencer : j'étais en disponibilité l'an dernier (un an au Canada avec ma famille) et je reprends cette année au collège de Saint-Égrève. [context]Mon compte académique a semble-t-il été désactivé pendant mon absence, puis réactivé par la DSI en septembre. [forgotten_password]Depuis, le mot de passe est « expiré » et je ne sais pas quoi mettre : [forgotten_password]est-ce que je dois remettre le NUMEN ?

[thanks]Bien cordialement et merci pour votre travail.""",
     sig="Claire Jacquemin\nSVT - Collège Barnave",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="back from leave, academic password expired: default NUMEN / reset link in the guide"),

dict(slug="lettre-liste-puces-mixte", name="Damien Roche", addr="damien.roche@free.fr",
     client="roundcube_top", course="Coordonner une ULIS",
     text="""[greeting]Bonjour,

[context]Je coordonne l'ULIS école de Villard-Bonnot et j'ai reçu l'invitation à la fois sur ma boîte académique et ici (j'avais donné mon adresse perso lors de l'inscription). [context]Je vous fais une liste, ce sera plus simple :

[forgotten_username]- je ne suis pas sûr de mon identifiant académique, j'hésite entre droche et damien.roche
[find_course]- je ne sais pas comment retrouver le parcours une fois connecté
[other_request]- je voudrais savoir si la formation compte dans les 18h d'animations pédagogiques
[other_request]- et si mon AESH peut la suivre avec moi

[thanks]Merci d'avance !""",
     sig="Damien Roche\nCoordonnateur ULIS - école du Bourg",
     profile="academic", topics=["forgotten_username", "find_course"], action="escalate",
     why="list mixing identifier and finding the course with two human questions (hours, registering his AESH)"),

dict(slug="fwd-perso-iphone-mdp", name="Sophie Ravier", addr="sophie.ravier@laposte.net",
     client="iphone", course="Évaluer par compétences", fwd="fwd_apple", inv_to="sophie.ravier@ac-grenoble.fr",
     text="""[greeting]Bonjour,
[context]Je me suis transféré l'invitation sur ma boîte perso car je n'arrive plus à ouvrir la messagerie académique depuis mon téléphone, ni depuis l'ordinateur de la maison. [forgotten_password]Je pense que c'est le mot de passe qui ne va plus, j'ai dû le changer l'an dernier et je l'ai oublié.
[forgotten_password]Comment fait-on pour le réinitialiser ? [context]J'ai mon NUMEN sous la main.
[thanks]Merci""",
     sig="Sophie Ravier, collège Marcel-Cuynat",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="academic teacher forwarding from a personal address: forgotten changed password, reset link in the guide"),

dict(slug="usmb-mission-handicap-trois-questions", name="Isabelle Chapuis", addr="isabelle.chapuis@univ-smb.fr",
     client="outlook", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Je suis chargée d'accompagnement à la mission handicap de l'Université Savoie Mont Blanc, sur le campus de Jacob-Bellecombette. [context]Nous sommes quatre collègues du service à être inscrites et j'ai été désignée pour centraliser les questions (on a déjà perdu une demi-heure hier en réunion là-dessus !).

[login]1. Sur la page de connexion, il faut bien prendre le bouton violet et ensuite l'établissement USMB ?
[forgotten_password]2. Une collègue a un compte USMB mais ne se souvient plus du mot de passe, qui doit-elle contacter ?
[other_request]3. La formation est notée « 6 heures » : pouvons-nous la faire sur notre temps de travail, faut-il une autorisation de notre responsable ?

[thanks]Merci pour vos réponses,""",
     sig="Isabelle Chapuis\nMission handicap - USMB\n04 79 xx xx xx",
     profile="university", topics=["forgotten_password", "login"], action="escalate",
     why="university staff: login path and colleague's password are in the guide, working-time authorisation is not"),

dict(slug="merci-deja-reussi-ps-question", name="Romain Teyssier", addr="romain.teyssier@ac-grenoble.fr",
     client="gmail", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]C'est bon pour moi, j'ai réussi à me connecter ce matin avec mon identifiant académique, [thanks]merci pour le guide.

[find_course]PS : par contre je ne vois pas la formation dans « mes parcours », seulement une formation sur Pix de l'an passé. [find_course]Faut-il attendre l'ouverture ou la chercher ?""",
     sig="Romain Teyssier\nLettres-histoire, LP Roger-Deschaux",
     profile="academic", topics=["find_course"], action="reply",
     why="login solved but the P.S. asks where the course is; find_course section answers"),

dict(slug="samsung-enfant-malade-long", name="Vanessa Blanc", addr="vanessa.blanc73@sfr.fr",
     client="samsung", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour
[context]Désolée je vous écris du téléphone, ma fille est malade depuis trois jours et je suis à la maison avec elle. [context]J'en ai profité pour essayer de commencer la formation mais impossible. [context]Je suis contractuelle en anglais au collège de Montmélian depuis novembre et c'est mon premier contrat dans l'éducation nationale. [forgotten_username]On ne m'a jamais donné d'identifiant pour la messagerie académique, ou alors je ne l'ai pas vu passer. [forgotten_username]Comment je peux savoir lequel c'est ?
[thanks]Merci beaucoup""",
     sig="Vanessa Blanc",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="contract teacher of the académie (sfr sender) who never got her academic identifier: guide section A"),

dict(slug="assistant-prefecture-inscription-date", name="Marc Delaunay", addr="marc.delaunay@isere.gouv.fr",
     client="outlook", course="Laïcité et valeurs de la République",
     text="""[greeting]Madame, Monsieur,

[context]Je suis chargé de mission à la préfecture de l'Isère et j'interviens dans la formation « Laïcité et valeurs de la République » en tant qu'intervenant extérieur (séance du deuxième jour). [context]L'invitation m'invite à rejoindre un parcours en ligne.

[other_request]Pourriez-vous me confirmer la date et l'horaire exacts de mon intervention, et la salle ? [other_request]Je souhaiterais aussi savoir si mes diaporamas doivent être déposés sur la plateforme en amont.

[forgotten_password]Enfin, je n'ai pas reçu de mot de passe pour le compte qui m'aurait été créé.

[thanks]Je vous remercie par avance.""",
     sig="Marc Delaunay\nChargé de mission\nPréfecture de l'Isère",
     profile="other", topics=["forgotten_password"], action="escalate",
     why="external speaker: intervention date, room and uploading slides need a human; plus a guest password"),

dict(slug="bottom-roundcube-parcours-vide", name="Amandine Perrier", addr="amandine.perrier@laposte.net",
     client="roundcube", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Je suis professeure des écoles stagiaire (PES) à l'école Painlevé de Grenoble, je me connecte avec mon compte académique sans souci depuis septembre. [context]Hier, j'ai voulu ouvrir la formation sur la différenciation comme demandé par ma formatrice. [find_course]Sur ma page d'accueil il y a une liste de formations mais pas celle-là. [find_course]J'ai essayé la loupe avec le mot « différencier » et rien ne sort.

[thanks]Merci d'avance.""",
     sig="Amandine Perrier, PES",
     profile="academic", topics=["find_course"], action="reply",
     why="logged in with academic account, course not in list or search: guide step 3 (contact if still missing)"),

dict(slug="question-enterree-milieu", name="Jean-Luc Favre", addr="jl.favre@yahoo.fr",
     client="yahoo", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour à toute l'équipe de l'EAFC,

[context]Je vous écris un dimanche soir, ce qui vous dira à quel point cette formation me tient à coeur. [context]Je suis professeur d'histoire-géographie depuis vingt-deux ans, actuellement au collège de Saint-Laurent-du-Pont, et j'ai toujours été un grand amateur de paysages (je randonne beaucoup en Chartreuse). [context]J'ai donc postulé avec enthousiasme à cette formation. [login]Seulement voilà, je ne sais pas du tout comment on se connecte à votre plateforme : j'ai tapé l'adresse donnée et je tombe sur une page où l'on me demande de choisir entre plusieurs connexions. [context]J'utilise d'habitude l'ENT et la messagerie académique avec mon identifiant jlfavre, sans difficulté. [small_talk]Je suis sûr que c'est tout simple et que je vais me sentir bête.

[thanks]Avec mes remerciements et mes salutations,""",
     sig="Jean-Luc Favre",
     profile="academic", topics=["login"], action="reply",
     why="long story, the single question (how to log in, which connection) buried in the middle; academic account stated"),

dict(slug="mairie-atsem-invitation", name="Corinne Béal", addr="periscolaire@mairie-crolles.fr",
     client="outlook", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Bonjour,

[context]Je suis responsable du service périscolaire de la mairie de Crolles. [context]Deux de nos ATSEM ont été invitées à cette formation avec les enseignantes de l'école maternelle, ce dont nous nous réjouissons. [context]Elles n'ont pas d'adresse académique, c'est moi qui ai reçu l'invitation sur l'adresse du service.

[other_request]Pouvez-vous leur créer un accès à chacune avec leur propre adresse (je vous les communique si besoin) ? [other_request]Et le temps de formation sera-t-il sur le temps scolaire ? nous devons prévoir leur remplacement à la cantine.

[thanks]Merci de votre retour,""",
     sig="Corinne Béal\nResponsable service périscolaire\nMairie de Crolles",
     profile="other", topics=[], action="escalate",
     why="town hall asks to create accounts for two ATSEM and about the schedule: nothing the guide answers"),
]
