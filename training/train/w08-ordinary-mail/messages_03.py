M = [
dict(slug="absence-conge-auto", name="Hélène Carrier", addr="helene.carrier@ac-grenoble.fr", client="zimbra", course=0, fmt="plain",
     subject="Réponse automatique : Invitation : Évaluer par compétences au cycle 3", quote="none", new=False,
     extra_headers=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<invitation-2026-101@ac-grenoble.fr>")],
     body="""
r| Je suis absente jusqu'au 4 décembre inclus.
r| Pour toute question urgente, merci de contacter la direction de l'école.
""", sig="Hélène Carrier",
     prof="academic", topics=[], act="ignore", why="out-of-office auto-reply"),
dict(slug="maternelle-guide-pas-recu", name="Sabine Vernay", addr="sabine.vernay@ac-grenoble.fr", client="outlook", course=2,
     body="""
g| Bonjour,
o| Le guide dont vous parlez n'est pas joint à votre message,
+ o| pourriez-vous me le renvoyer ?
t| Merci.
""", sig="Sabine Vernay\nPE - école maternelle Les Glycines, Échirolles",
     prof="academic", topics=[], act="escalate", why="asks for the missing attachment: a human must send it"),
dict(slug="college-histoire-bouton-violet", name="Nicolas Guérin", addr="nicolas.guerin@ac-grenoble.fr", client="thunderbird", course=1,
     body="""
g| Bonjour,
l| j'ai cliqué par erreur sur le bouton violet "enseignement supérieur" et je ne trouve pas l'académie dans la liste.
l| Où dois-je aller ?
""", sig="Nicolas Guérin\nProfesseur d'histoire-géographie, collège Stendhal",
     prof="academic", act="reply", why="academic teacher on the wrong button: step 2 (blue button)"),
dict(slug="aed-pas-de-numen", name="Mathis Clément", addr="mathis.clement@gmail.com", client="gmail_mobile", course=11,
     body="""
g| Bonjour,
c| je suis assistant d'éducation depuis octobre au collège Icare à Goncelin.
fu| on me demande mon numen pour avoir mon identifiant
+ o| mais je sais pas ce que c'est ni où le trouver.
""", sig="Mathis",
     prof="academic", act="escalate", why="identifier recovery is 1A but he does not know what or where his NUMEN is: not in the guide"),
dict(slug="sujet-question-lycee-mdp-defaut", name="Anne-Sophie Rivière", addr="as.riviere@ac-grenoble.fr", client="owa", quote="none", subject="question",
     body="""
g| Bonjour,
fp| le NUMEN en majuscules ne marche pas comme mot de passe.
c| Je n'ai jamais changé mon mot de passe,
+ c| je suis néo-titulaire au lycée Louise Michel.
""", sig="Anne-Sophie Rivière",
     prof="academic", act="reply", why="default password refused: guide 1B (reset link)"),
dict(slug="demande-lien-visio", name="Julie Pérez", addr="julie.perez@ac-grenoble.fr", client="iphone", course=4,
     body="""
g| Bonjour,
o| Où trouve-t-on le lien de la classe virtuelle de jeudi ?
""", sig="Julie",
     prof="academic", topics=[], act="escalate", why="virtual classroom link: course content, not in the guide"),
dict(slug="merci-reponse-rapide", name="Serge Bonnet", addr="serge.bonnet@orange.fr", client="orange", course=12, fmt="html", cte="quoted-printable", charset="iso-8859-1",
     body="""
g| Bonjour,
c| j'ai suivi votre guide, tout marche.
t| Merci et bonne fin de semaine.
""", sig="Serge Bonnet",
     prof="other", topics=[], act="ignore", why="closes the matter (orange domain, no profile clue -> other)"),
dict(slug="univ-staff-guichet-absent", name="Claire Moutet", addr="claire.moutet@univ-grenoble-alpes.fr", client="zimbra", course=14,
     body="""
g| Bonjour,
c| Orthophoniste et chargée de cours à l'UGA,
+ fp| j'ai oublié mon mot de passe universitaire.
fp| Pouvez-vous le réinitialiser de votre côté ?
""", sig="Claire Moutet\nDépartement d'orthophonie, UFR de médecine",
     prof="university", topics=["forgotten_password"], act="reply",
     why="university password: guide says the institution gives it; asking EAFC to reset it is answered by that same section"),
dict(slug="deux-formations-confusion", name="Marion Chatain", addr="marion.chatain@ac-grenoble.fr", client="gmail", course=5,
     body="""
g| Bonjour,
u| Je pensais être inscrite à la formation sur les troubles des apprentissages et je reçois celle-ci, sur les élèves à besoins particuliers.
o| Est-ce la même ou suis je inscrite aux deux ?
""", sig="Marion Chatain\nPE, école de Saint-Jean-de-Bournay",
     prof="academic", topics=[], act="escalate", why="confusion between two enrolments: a human must check"),
dict(slug="collegue-copie-identifiant", name="Laetitia Combe", addr="laetitia.combe@ac-grenoble.fr", client="outlook", course=3,
     cc=["Sébastien Roux <sebastien.roux@ac-grenoble.fr>"],
     body="""
g| Bonjour,
c| Je mets en copie mon collègue Sébastien qui a le même souci que moi :
+ fu| nous ne connaissons pas nos identifiants académiques.
c| Nous sommes tous les deux nouveaux au collège Jean Vilar.
""", sig="Laetitia Combe\nProfesseure d'EPS",
     prof="academic", act="reply", why="two académie teachers who do not know their identifier: guide 1A answers both"),
dict(slug="iphone-trouve-pas-mes-cours", name="Loïc Rey", addr="loic.rey@icloud.com", client="iphone", course=13,
     body="""
g| Bonjour
c| Je suis bien connecté avec mon compte académique
+ f| mais où sont "mes cours" ? Je ne vois que la page d'accueil.
""", sig="Loïc Rey\nSecrétaire d'intendance, lycée Marie Curie",
     prof="academic", act="reply", why="logged in, does not see the course list: step 3"),
dict(slug="lien-mort-erreur-404", name="Brigitte Allemand", addr="brigitte.allemand@ac-grenoble.fr", client="zimbra", course=9,
     body="""
g| Bonjour,
o| le lien du parcours envoyé par votre collègue donne une erreur 404 "page introuvable".
c| J'ai essayé depuis l'école et depuis chez moi.
""", sig="Brigitte Allemand\nDirectrice, école maternelle Le Clos, Rives",
     prof="academic", topics=[], act="escalate", why="a course link that leads to 404: broken link, a human must check"),
dict(slug="merci-mais-autre-question", name="Fabrice Lemoine", addr="fabrice.lemoine@ac-grenoble.fr", client="thunderbird", course=12,
     body="""
g| Bonjour,
c| merci j'ai pu entrer dans le parcours.
o| Par contre combien de temps faut-il prévoir pour la partie à distance ?
""", sig="F. Lemoine, lycée Les Eaux Claires",
     prof="academic", topics=[], act="escalate", why="solved login but asks about workload: course content, human"),
dict(slug="vide-sujet-externe-mdp", name="Karima Haddad", addr="karima.haddad@outlook.fr", client="owa", quote="none", subject="",
     body="""
g| Bonjour,
c| psychomotricienne en libéral, je participe à la formation sur les troubles des apprentissages.
fp| J'ai perdu le mot de passe que vous m'aviez envoyé par mail.
""", sig="Karima Haddad",
     prof="other", act="reply", why="external participant with a manual account: recovery page"),
dict(slug="aesh-mdp-et-ou-connecter", name="Jessica Marron", addr="jessica.marron@ac-grenoble.fr", client="samsung", course=8,
     body="""
g| Bonjour
fp| je connais pas mon mot de passe
+ l| et je sais pas ou il faut se connecter
c| je suis AESH en ULIS au collège des Jeunes Années
""", sig="Jessica",
     prof="academic", act="reply", why="AESH: password (1B, default NUMEN) and where to log in (step 2)"),
dict(slug="annulation-session", name="Gérard Baffert", addr="gerard.baffert@ac-grenoble.fr", client="outlook", course=15,
     body="""
g| Bonjour,
o| J'ai entendu dire que la session était annulée faute d'inscrits, pouvez-vous me confirmer ?
""", sig="Gérard Baffert\nProfesseur de philosophie, lycée Stendhal",
     prof="academic", topics=[], act="escalate", why="asks about the session status: human"),
dict(slug="inline-gmail-mobile-parcours", name="Océane Brun", addr="oceane.brun.pe@gmail.com", client="thunderbird", course=0, quote="inline",
     body="""
@q 1-2
f| J'ai bien le titre dans la liste mais quand je clique dessus rien ne se passe.
@q 3-5
""", sig="Océane Brun, PE à Seyssins",
     prof="academic", topics=["find_course"], act="escalate",
     why="she sees the course but clicking does nothing: a platform problem the guide (click the title) does not solve"),
dict(slug="cpe-deja-fait", name="Matthieu Grange", addr="matthieu.grange@ac-grenoble.fr", client="applemail", course=11,
     body="""
g| Bonjour,
o| J'ai déjà suivi cette formation l'an dernier, est-ce une erreur ?
c| Je suis CPE au collège Champollion de Voreppe.
""", sig="Matthieu Grange",
     prof="academic", topics=[], act="escalate", why="questions his enrolment: human"),
dict(slug="ok-lu", name="Danielle Vignon", addr="danielle.vignon@ac-grenoble.fr", client="outlook", course=13,
     body="""
c| Bien noté.
""", sig="Danielle Vignon\nSecrétariat du proviseur",
     prof="academic", topics=[], act="ignore", why="acknowledgement, nothing to answer"),
dict(slug="pb-connexion-firefox", name="Rémi Tissot", addr="remi.tissot@ac-grenoble.fr", client="thunderbird", quote="none", subject="Pb connexion magistere",
     body="""
g| Bonjour,
l| impossible d'accéder à la page de connexion de M@gistère,
+ l| où faut-il aller exactement ?
c| prof de physique au lycée Vaucanson
""", sig="Rémi Tissot",
     prof="academic", act="reply", why="does not know where to log in: step 2 gives the address and button"),
dict(slug="hotmail-contractuelle-identifiant-mdp", name="Amandine Lopes", addr="amandine.lopes@hotmail.fr", client="owa", course=1,
     body="""
g| Bonjour,
c| Je suis contractuelle en FLE dans un collège de l'académie depuis la rentrée.
fu| Je n'ai jamais reçu d'identifiant académique
+ fp| ni de mot de passe.
o| Est-ce que mon contrat est bien enregistré ?
""", sig="Amandine Lopes",
     prof="academic", act="escalate", why="identifier and password are 1A/1B, but asking whether her contract is registered is outside the guide"),
dict(slug="sujet-majuscules-lycee-pro", name="Didier Jacquet", addr="didier.jacquet@ac-grenoble.fr", client="gmail", quote="none", subject="MAGISTERE",
     body="""
g| Bonjour,
f| je suis connecté mais la formation "chef d'oeuvre" n'apparait nulle part.
c| PLP au lycée professionnel Roger Deschaux.
""", sig="Didier Jacquet",
     prof="academic", act="reply", why="logged in, course missing: step 3"),
dict(slug="pour-aesh-de-sa-classe", name="Anne Berthet", addr="anne.berthet@ac-grenoble.fr", client="zimbra", course=8,
     body="""
g| Bonjour,
c| L'AESH de ma classe, Mme Sylla, a reçu votre invitation sur sa boîte personnelle.
fu| Elle ne sait pas quel identifiant utiliser
+ l| ni sur quel bouton cliquer.
o| Pouvez-vous la recontacter directement ?
""", sig="Anne Berthet\nPE CM2, école Jules Ferry, Voiron",
     prof="academic", act="escalate", why="on behalf of a colleague and asks EAFC to contact her: needs a human even though 1A and step 2 apply"),
dict(slug="merci-collegue-cc", name="Émilie Charvet", addr="emilie.charvet@ac-grenoble.fr", client="gmail", course=3,
     cc=["romain.delorme@ac-grenoble.fr"],
     body="""
g| Bonjour,
c| Romain m'a montré comment faire, c'est réglé pour moi aussi.
t| Merci
""", sig="Émilie",
     prof="academic", topics=[], act="ignore", why="a colleague solved it, closes the matter"),
dict(slug="iso-8859-laposte-mdp", name="Raymond Chabord", addr="raymond.chabord@laposte.net", client="thunderbird", course=15, charset="iso-8859-1", cte="8bit",
     body="""
g| Bonjour,
c| Professeur de philosophie au lycée de l'Oisans,
+ fp| mon mot de passe académique ne passe plus depuis les vacances.
fp| Comment le réinitialiser ?
""", sig="R. Chabord",
     prof="academic", act="reply", why="academic teacher, password not working: 1B"),
]
