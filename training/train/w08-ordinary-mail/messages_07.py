M = [
dict(slug="college-espagnol-mdp-majuscule", name="Carmen Ortiz", addr="carmen.ortiz@ac-grenoble.fr", client="gmail", course=1,
     body="""
g| Bonjour,
fp| j'ai essayé mon NUMEN comme mot de passe mais ça ne passe pas,
+ c| je ne me souviens pas l'avoir changé.
t| Merci de votre retour
""", sig="Carmen Ortiz\nProfesseure d'espagnol, collège Jean Rostand, Sassenage",
     prof="academic", act="reply", why="default password refused: 1B reset link"),
dict(slug="sujet-vide-merci-seul", name="Hubert Guillaud", addr="hubert.guillaud@ac-grenoble.fr", client="outlook", quote="none", subject="",
     body="""
t| Merci pour l'envoi du guide.
""", sig="H. Guillaud",
     prof="academic", topics=[], act="ignore", why="thanks only, nothing to answer"),
dict(slug="aesh-compte-desactive", name="Lydia Moreau", addr="lydia.moreau@ac-grenoble.fr", client="samsung", course=8,
     body="""
g| Bonjour,
l| quand je me connecte j'ai le message "votre compte est désactivé".
c| Je suis AESH depuis 3 ans et j'ai été renouvelée en septembre.
""", sig="Lydia Moreau",
     prof="academic", topics=["login"], act="escalate", why="account disabled: the guide does not cover it, assistance needed"),
dict(slug="lycee-pro-question-identifiant-prenom", name="Jonathan Pilon", addr="jonathan.pilon@ac-grenoble.fr", client="zimbra", course=6,
     body="""
g| Bonjour,
fu| mon identifiant c'est bien jpilon ou jpilon1 ?
c| J'ai un collègue qui a le même nom.
""", sig="Jonathan Pilon, PLP maintenance, LP Le Grésivaudan",
     prof="academic", act="reply", why="unsure of his identifier: 1A"),
dict(slug="etu-grenoble-inp-oubli-login", name="Clara Dupré", addr="clara.dupre@grenoble-inp.org", client="gmail", course=12,
     body="""
g| Bonjour,
c| Élève ingénieure à Grenoble INP en préprofessionnalisation enseignement,
+ fu| j'ai oublié mon login Agalan.
""", sig="Clara Dupré",
     prof="university", act="reply", why="INP student, forgotten institution login: guide refers her to the institution"),
dict(slug="msg-vide-pj", name="Roger Allard", addr="roger.allard@wanadoo.fr", client="orange", quote="none", subject="M@gistère",
     body="""
u| voir pièce jointe
""", sig="",
     prof="other", topics=[], act="escalate", why="refers to an attachment without saying anything: unclear"),
dict(slug="merci-deja-inscrit-autre", name="Laurent Gilbert", addr="laurent.gilbert@ac-grenoble.fr", client="thunderbird", course=3,
     body="""
g| Bonjour,
c| Je suis inscrit à la fois au pHARe et à la formation climat scolaire.
u| Le lien est-il le même pour les deux ?
""", sig="Laurent Gilbert\nCPE, collège Charles Munch",
     prof="academic", topics=[], act="escalate",
     why="enrolled in two courses and asks if 'the link' is the same: ambiguous (platform address or course link?), human"),
dict(slug="psy-en-guide-clair-mais", name="Sandrine Lafont", addr="sandrine.lafont@ac-grenoble.fr", client="owa", course=14,
     body="""
g| Bonjour,
c| J'ai suivi le guide étape par étape,
+ l| mais après "Valider" je reviens sur la page d'accueil sans être connectée.
""", sig="Sandrine Lafont\nPsyEN EDA, circonscription de Voiron",
     prof="academic", topics=["login"], act="escalate",
     why="followed every step and the login still loops: the guide has nothing more, needs assistance"),
dict(slug="directeur-cc-ien", name="Alain Poulet", addr="alain.poulet@ac-grenoble.fr", client="outlook", course=9, cc=["ien.grenoble3@ac-grenoble.fr"],
     body="""
g| Bonjour,
o| Je me permets de vous signaler que la date du regroupement coïncide avec les évaluations nationales.
o| Est-il envisageable de la décaler ?
""", sig="Alain Poulet\nDirecteur, école élémentaire Bizanet",
     prof="academic", topics=[], act="escalate", why="asks to move a date: human"),
dict(slug="college-techno-ok-demain", name="Yohan Tessier", addr="yohan.tessier@ac-grenoble.fr", client="gmail_mobile", course=4,
     body="""
c| Ok je regarde ça demain
t| merci
""", sig="",
     prof="academic", topics=[], act="ignore", why="no question"),
dict(slug="infirmiere-mdp-outlook-num", name="Florence Giraudet", addr="florence.giraudet@ac-grenoble.fr", client="outlook", course=10, cte="base64",
     body="""
g| Bonjour,
fp| Pourriez-vous m'indiquer la marche à suivre pour réinitialiser mon mot de passe ?
c| Infirmière au collège Aimé Césaire.
""", sig="Florence Giraudet",
     prof="academic", act="reply", why="how to reset password: 1B"),
dict(slug="ecole-privee-enseignant", name="Bertrand Lachaud", addr="b.lachaud@ensemble-scolaire-notredame.fr", client="outlook", course=12,
     body="""
g| Bonjour,
c| Enseignant en lycée privé hors contrat,
+ l| je ne sais pas comment me connecter, je n'ai pas de compte académique.
""", sig="Bertrand Lachaud\nEnsemble scolaire Notre-Dame",
     prof="other", act="reply", why="no academic account: guest account, direct connection"),
dict(slug="pas-le-temps-desinscrire", name="Émeline Vidal", addr="emeline.vidal@ac-grenoble.fr", client="iphone", course=5,
     body="""
g| Bonjour,
o| finalement je n'aurai pas le temps, merci de me retirer de la liste.
""", sig="Émeline",
     prof="academic", topics=[], act="escalate", why="unsubscribe: human"),
dict(slug="gmail-pe-titre-different", name="Sarah Benhamou", addr="sarah.benhamou@gmail.com", client="gmail", course=0,
     body="""
g| Bonjour,
c| Je suis PE à l'école Saint-Exupéry de Sassenage.
f| Dans ma liste le parcours s'appelle "EVAL C3 - 2026", c'est celui-là ?
""", sig="Sarah",
     prof="academic", topics=["find_course"], act="escalate",
     why="asks whether a differently-named course is hers: only EAFC can confirm"),
dict(slug="zimbra-lp-mdp-bottom", name="Patrick Moulin", addr="patrick.moulin@ac-grenoble.fr", client="zimbra", course=6, quote="top",
     body="""
g| Bonjour
fp| mot de passe oublié, comment faire ?
""", sig="P. Moulin",
     prof="academic", act="reply", why="forgotten password: 1B"),
dict(slug="hotmail-pas-compris", name="Christelle Bayle", addr="christelle.bayle@hotmail.fr", client="owa", course=2,
     body="""
g| Bonjour,
u| Je n'ai pas bien compris ce que je dois faire avec ce message.
c| Je suis ATSEM.
""", sig="Christelle Bayle",
     prof="other", topics=[], act="escalate", why="does not understand the message at all: unclear, a human should explain"),
dict(slug="usmb-prof-mdp-expire", name="Jean-Philippe Bordier", addr="jean-philippe.bordier@univ-smb.fr", client="thunderbird", course=15,
     body="""
g| Bonjour,
fp| mon mot de passe de l'USMB a expiré hier,
+ l| je ne peux plus passer par le guichet.
""", sig="J.-P. Bordier\nMCF philosophie, USMB",
     prof="university", act="reply", why="university password expired: institution, guide higher-education case"),
dict(slug="question-sujet-aed-nuit", name="Killian Roux", addr="killian.roux@ac-grenoble.fr", client="gmail_mobile", quote="none", subject="question",
     body="""
g| Bonjour,
c| je suis AED à l'internat du lycée du Bugey
+ o| est-ce que je peux faire la formation sur mon temps de service ?
""", sig="Killian",
     prof="academic", topics=[], act="escalate", why="service-time question: human"),
dict(slug="merci-formatrice-reponse-cc", name="Mélanie Durand", addr="melanie.durand@ac-grenoble.fr", client="applemail", course=14, cc=["laure.chabert@ac-grenoble.fr"],
     body="""
g| Bonjour Laure,
t| merci pour ton message,
+ c| j'ai bien trouvé le parcours.
""", sig="Mélanie",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="secretaire-identifiant-et-bouton", name="Évelyne Rousset", addr="evelyne.rousset@ac-grenoble.fr", client="outlook", course=13,
     body="""
g| Bonjour,
fu| je ne connais pas mon identifiant académique,
+ c| j'utilise toujours l'adresse du collège.
l| Et ensuite, sur M@gistère, sur quel bouton dois-je cliquer ?
""", sig="Évelyne Rousset\nSecrétariat, collège Olympique",
     prof="academic", act="reply", why="identifier and which button: 1A and step 2"),
dict(slug="lycee-general-cest-quoi-hybride", name="Antoine Girardet", addr="antoine.girardet@ac-grenoble.fr", client="zimbra", course=15,
     body="""
g| Bonjour,
o| qu'entendez vous par formation hybride ? Faut-il se déplacer ?
""", sig="Antoine Girardet",
     prof="academic", topics=[], act="escalate", why="format of the course: human"),
dict(slug="rectorat-agent-identifiant", name="Muriel Sanchez", addr="muriel.sanchez@ac-grenoble.fr", client="outlook", course=13,
     body="""
g| Bonjour,
c| Gestionnaire à la DPE du rectorat,
+ fu| j'ai oublié l'identifiant qui me sert pour le webmail.
""", sig="Muriel Sanchez\nRectorat de Grenoble - DPE",
     prof="academic", act="reply", why="rectorat staff, forgotten academic identifier: 1A"),
dict(slug="yahoo-aesh-parcours", name="Naïma Touati", addr="naima.touati@yahoo.fr", client="yahoo", course=8,
     body="""
g| Bonjour,
c| AESH à Voiron, je me suis connectée avec mon compte académique.
f| Comment je trouve la formation AESH dans toutes les formations ?
""", sig="Naïma",
     prof="academic", act="reply", why="logged in, how to find course: step 3 (search)"),
dict(slug="sfr-pere-de-famille", name="Dominique Faure", addr="dominique.faure@sfr.fr", client="thunderbird", quote="none", subject="Magistère",
     body="""
g| Bonjour,
o| Mon fils est en 4e et je voudrais savoir comment accéder à M@gistère pour suivre ses cours.
""", sig="D. Faure",
     prof="other", topics=[], act="escalate", why="a parent who mistakes M@gistère for a pupils' platform: human"),
dict(slug="cpe-merci-visio-ok", name="Sonia Garnier", addr="sonia.garnier@ac-grenoble.fr", client="gmail", course=11,
     body="""
g| Bonjour,
c| connexion réussie,
+ c| je serai bien là pour la visio.
s| Bonne journée
""", sig="Sonia Garnier, CPE",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
]
