# Batch 1: ordinary replies, hand-written one sender at a time.
M = [
dict(slug="pe-mdp-oublie", name="Céline Vaudaine", addr="celine.vaudaine@ac-grenoble.fr", client="zimbra", course=0,
     body="""
g| Bonjour,
fp| j'ai bien mon identifiant mais je ne me souviens plus du tout de mon mot de passe,
+ fp| est-ce que vous pouvez me le renvoyer ?
t| Merci beaucoup
""", sig="Céline Vaudaine\nProfesseure des écoles, école élémentaire Jean Jaurès, Échirolles",
     prof="academic", act="reply", why="académie teacher, knows identifier, forgot password: guide 1B answers (asking to resend it is the reset)"),
dict(slug="aesh-gmail-identifiant", name="Samia Khelifi", addr="samia.khelifi38@gmail.com", client="gmail_mobile", course=8,
     body="""
g| Bonjour
c| Je suis AESH au collège Henri Wallon à Saint-Martin-d'Hères.
fu| Je ne sais pas quel est mon identifiant pour me connecter, on ne me l'a jamais donné.
t| Merci de votre aide
""", sig="Samia Khelifi",
     prof="academic", act="reply", why="AESH of the académie writing from gmail, does not know her academic identifier: guide 1A"),
dict(slug="cpe-ou-se-connecter", name="Romain Delorme", addr="romain.delorme@ac-grenoble.fr", client="outlook", course=3,
     cc=["Olivier Mercier <olivier.mercier@ac-grenoble.fr>"],
     body="""
g| Bonjour,
l| Sur la page de M@gistère il y a plusieurs boutons connexion, lequel je dois prendre ?
c| Je suis CPE au lycée Champollion.
t| Merci
""", sig="Romain Delorme\nConseiller principal d'éducation\nLycée Champollion - Grenoble",
     prof="academic", act="reply", why="CPE, asks which login button: guide step 2 academic (blue button); trainer in Cc by reply-all"),
dict(slug="doc-parcours-introuvable", name="Agnès Pellissier", addr="agnes.pellissier@ac-grenoble.fr", client="thunderbird", course=7,
     body="""
g| Bonjour,
c| Je me suis connectée sans problème
+ f| mais je ne vois pas la formation EMI dans mes parcours, la liste est vide.
t| Merci d'avance.
""", sig="Agnès Pellissier\nProfesseure documentaliste\nCollège Le Grand Som, Saint-Laurent-du-Pont",
     prof="academic", act="reply", why="logged in, course not in her list: guide step 3"),
dict(slug="merci-cest-bon", name="Jérôme Bouvier", addr="jerome.bouvier@ac-grenoble.fr", client="iphone", course=12,
     body="""
g| Bonjour,
c| C'est bon j'ai pu me connecter et j'ai trouvé le parcours.
t| Merci pour votre réactivité
""", sig="J. Bouvier",
     prof="academic", topics=[], act="ignore", why="closes the matter: he succeeded, no answer needed"),
dict(slug="infirmiere-dates-presentiel", name="Martine Gros", addr="martine.gros@ac-grenoble.fr", client="outlook", course=10,
     body="""
g| Bonjour,
o| pouvez-vous me dire à quelle date aura lieu la journée en présentiel et à quel endroit ?
c| Je n'ai rien trouvé dans le mail.
t| Merci par avance
""", sig="Martine Gros\nInfirmière scolaire\nCité scolaire Jean Prévost, Villard-de-Lans",
     prof="academic", topics=[], act="escalate", why="asks date and place of the face-to-face day: not in the guide"),
dict(slug="question-sujet-vague-mdp-lien", name="Hervé Collomb", addr="herve.collomb@orange.fr", client="orange", quote="none", subject="question",
     body="""
g| Bonjour,
c| je suis professeur de technologie au collège de Vizille
+ c| et j'ai reçu une invitation pour une formation M@gistère.
fp| Mon mot de passe académique ne marche plus, il me dit qu'il est expiré.
l| Et aussi le lien dans le mail ne s'ouvre pas sur mon ordinateur.
""", sig="Hervé Collomb",
     prof="academic", act="reply",
     why="academic teacher (orange address): expired password is guide 1B; a link that does not open is step 2 (type the address in the browser)"),
dict(slug="urgent-pas-acces-aed", name="Lucas Ferrand", addr="lucas.ferrand@ac-grenoble.fr", client="gmail", quote="none", subject="URGENT",
     body="""
g| Bonjour
c| je suis AED au lycée professionnel Jean-Claude Killy
+ l| et je n'arrive pas à me connecter à magistère,
+ l| ça me met "identifiant ou mot de passe incorrect".
c| La formation commence demain.
""", sig="Lucas Ferrand",
     prof="academic", act="reply", why="AED, login error with academic account: guide step 2 (blue button, academic credentials) answers it"),
dict(slug="inline-question-titre", name="Gisèle Tournier", addr="gisele.tournier@ac-grenoble.fr", client="thunderbird", course=2, quote="inline",
     body="""
@q 0-1

f| Je ne vois pas ce titre dans ma liste, il y a seulement "Le langage à l'école maternelle 2025".
+ o| Est-ce le même ?

@q 2

l| Faut-il passer par Arena ou directement par l'adresse ?

@q 3-5
""", sig="Gisèle Tournier\nPE maternelle, école des Buttes, Voiron",
     prof="academic", act="escalate", why="asks whether an older course title is the same course: only the trainer knows; the login question alone is covered",
     ),
dict(slug="univ-etudiante-mdp", name="Léa Martinon", addr="lea.martinon@etu.univ-grenoble-alpes.fr", client="gmail", course=4,
     body="""
g| Bonjour,
c| je suis étudiante en master MEEF SVT à l'INSPE
+ fp| et je n'ai plus le mot de passe de mon compte UGA.
fp| Comment je peux le récupérer ?
t| Merci !
""", sig="Léa Martinon",
     prof="university", act="reply", why="UGA student, lost her university password: guide says ask the institution"),
dict(slug="collegue-inscrire", name="Pascale Roux", addr="pascale.roux@ac-grenoble.fr", client="zimbra", course=5,
     body="""
g| Bonjour,
o| Ma collègue Mme Benoît aimerait aussi suivre cette formation, est-il possible de l'inscrire ?
c| Elle est enseignante en ULIS avec moi.
t| Merci
""", sig="Pascale Roux\nCoordonnatrice ULIS école\nÉcole Paul Bert, Fontaine",
     prof="academic", topics=[], act="escalate", why="asks to register a colleague: a human must handle"),
dict(slug="pour-une-collegue-identifiant", name="Nadine Chevalier", addr="ce.0380123x@ac-grenoble.fr", client="outlook", course=9,
     body="""
g| Bonjour,
c| Je vous écris pour ma collègue Mme Perret, enseignante de CE1, qui n'a pas d'adresse mail qui fonctionne en ce moment.
fu| Elle ne connait pas son identifiant académique pour aller sur M@gistère.
o| Pouvez-vous lui répondre à l'adresse de l'école ?
""", sig="Nadine Chevalier\nDirectrice\nÉcole primaire Les Marronniers, Bourgoin-Jallieu",
     prof="academic", act="escalate", why="written on behalf of a colleague, asks to answer her via the school address: the identifier part is 1A but the relay request needs a human"),
dict(slug="mix-deux-formations", name="Thomas Achard", addr="thomas.achard@ac-grenoble.fr", client="gmail", course=12,
     body="""
g| Bonjour,
c| je suis inscrit à deux formations, celle-ci et "Enseigner avec le numérique en SVT".
f| Je vois la seconde dans mes parcours mais pas celle sur les automatismes.
o| Est-ce normal ou il y a eu une erreur d'inscription ?
""", sig="Thomas Achard - professeur de mathématiques, lycée Ella Fitzgerald",
     prof="academic", act="escalate", why="one course visible and not the other, asks if his enrolment is wrong: needs checking by a human"),
dict(slug="ok-merci-court", name="Françoise Blanc", addr="francoise.blanc@wanadoo.fr", client="orange", course=13,
     body="""
t| Bien reçu, merci.
""", sig="F. Blanc",
     prof="other", topics=[], act="ignore", why="acknowledgement only, nothing to answer; no clue to profile, wanadoo domain -> other"),
dict(slug="secretaire-connexion-directe", name="Corinne Méjean", addr="corinne.mejean@ac-grenoble.fr", client="owa", course=13,
     body="""
g| Bonjour,
c| Je suis secrétaire de direction au collège Les Allobroges.
l| J'ai cliqué sur "Connexion directe à M@gistère" et mon identifiant académique n'est pas reconnu, que faire ?
""", sig="Corinne Méjean\nSecrétariat de direction",
     prof="academic", act="reply", why="academic staff using the guest-account button: guide step 2 tells her to use the blue button"),
dict(slug="psy-en-attestation", name="Yannick Berger", addr="yannick.berger@ac-grenoble.fr", client="applemail", course=14,
     body="""
g| Bonjour,
o| Est-ce qu'une attestation de présence sera délivrée à la fin du parcours ?
c| Mon inspection me la demande.
t| Merci et bonne journée
""", sig="Yannick Berger\nPsychologue de l'Éducation nationale EDA\nCIO de Grenoble",
     prof="academic", topics=[], act="escalate", why="asks for an attestation: not in the guide"),
dict(slug="pb-connexion-retraite", name="Michel Dufresne", addr="michel.dufresne@free.fr", client="thunderbird", quote="none", subject="pb connexion",
     body="""
g| Bonjour,
c| Je suis enseignant retraité et j'interviens dans la formation en philosophie.
fu| Je n'ai plus d'adresse académique et je ne sais pas avec quel nom d'utilisateur me connecter.
""", sig="Michel Dufresne",
     prof="other", act="reply", why="retired, no academic account: guest account, forgotten username is covered by the 'other' case"),
dict(slug="lp-mdp-et-parcours", name="Sandrine Moulin", addr="sandrine.moulin@ac-grenoble.fr", client="zimbra", course=6,
     body="""
g| Bonjour,
fp| j'ai oublié mon mot de passe
+ f| et une fois connectée je ne sais pas où trouver le parcours du chef-d'oeuvre.
c| Je suis PLP en carrosserie au LP Jacques Prévert.
""", sig="S. Moulin",
     prof="academic", act="reply", why="forgotten password and where the course is: guide 1B and step 3"),
dict(slug="ugam-personnel-guichet", name="Benoît Sarrazin", addr="benoit.sarrazin@univ-grenoble-alpes.fr", client="outlook", course=1,
     body="""
g| Bonjour,
c| Je suis maître de conférences à l'UGA et je co-anime un atelier de cette formation.
l| Quand je choisis le bouton violet, je ne trouve pas mon université dans la liste des guichets.
t| Merci de votre aide.
""", sig="Benoît Sarrazin\nUFR LLASIC - Université Grenoble Alpes",
     prof="university", act="reply", why="university staff, issue choosing the authentication desk: guide step 2 higher-education case"),
dict(slug="fwd-collegue-aesh", name="Élodie Garnier", addr="elodie.garnier@ac-grenoble.fr", client="gmail", course=8, quote="fwd", fwdstyle="gmail",
     fwdprefix="Fwd: ", fwd_to="elodie.garnier@ac-grenoble.fr",
     body="""
g| Bonjour,
c| Je vous transfère l'invitation reçue.
fu| Je ne connais pas mon identifiant
+ fp| et je n'ai jamais eu de mot de passe académique.
c| Je suis AESH depuis septembre.
""", sig="Élodie Garnier",
     prof="academic", act="reply", why="new AESH without known credentials: guide 1A (identifier with NUMEN) and 1B (default password)"),
dict(slug="desinscription", name="Guillaume Reynaud", addr="g.reynaud@laposte.net", client="yahoo", course=15,
     body="""
g| Bonjour,
o| Je ne pourrai finalement pas suivre cette formation, pouvez vous me désinscrire ?
c| J'ai prévenu mon chef d'établissement.
""", sig="Guillaume Reynaud\nProfesseur de philosophie, lycée du Granier",
     prof="academic", topics=[], act="escalate", why="unsubscribe request: a human must handle; says he is a lycée teacher so academic"),
dict(slug="atsem-mairie", name="Josiane Porte", addr="j.porte@mairie-seyssinet-pariset.fr", client="outlook", course=2,
     body="""
g| Bonjour,
c| Je suis ATSEM employée par la mairie et la directrice m'a inscrite à cette formation.
fu| Je n'ai pas reçu d'identifiant,
+ l| comment je fais pour me connecter ?
""", sig="Josiane Porte\nATSEM - École maternelle Vercors\nMairie de Seyssinet-Pariset",
     prof="other", act="reply", why="municipal ATSEM: guest (manual) account; identifier sent by mail, recovery page and direct login button"),
dict(slug="vide-sujet-numen", name="Rachid Amrani", addr="rachid.amrani@hotmail.fr", client="outlookmac", quote="none", subject="",
     body="""
g| Bonjour,
fp| Quel est le mot de passe par défaut pour la plateforme ?
c| Je suis professeur contractuel d'anglais au collège Gérard Philipe
+ c| et je viens d'arriver dans l'académie.
""", sig="R. Amrani",
     prof="academic", act="reply", why="contract teacher of the académie asks the default password: guide 1B (NUMEN)"),
dict(slug="merci-formateur-cc", name="Aurélie Blanchet", addr="aurelie.blanchet@ac-grenoble.fr", client="iphone", course=0,
     cc=["nathalie.berthier@ac-grenoble.fr"],
     body="""
g| Merci Nathalie,
c| tout fonctionne maintenant.
s| À jeudi !
""", sig="Aurélie",
     prof="academic", topics=[], act="ignore", why="reply-all thanking the trainer, problem solved: no answer needed"),
dict(slug="contenu-cours-bug", name="Damien Chappaz", addr="damien.chappaz@ac-grenoble.fr", client="gmail", course=4,
     body="""
g| Bonjour,
c| je suis bien dans le parcours
+ o| mais la vidéo de la séquence 2 ne se lance pas, j'ai juste un écran noir.
o| Pouvez-vous transmettre à la formatrice ?
""", sig="Damien Chappaz\nProfesseur de SVT, collège Jules Flandrin, Corenc",
     prof="academic", topics=[], act="escalate", why="bug inside the course: not a guide topic"),
]
