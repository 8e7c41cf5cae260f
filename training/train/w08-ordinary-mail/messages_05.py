M = [
dict(slug="yahoo-pe-mdp-expire", name="Nadège Bouchet", addr="nadege.bouchet@yahoo.fr", client="yahoo", course=14,
     body="""
g| Bonjour,
c| enseignante en CE2 à Moirans,
+ fp| mon mot de passe académique a expiré et on me demande d'en créer un nouveau mais je n'y arrive pas.
""", sig="Nadège Bouchet",
     prof="academic", act="reply", why="expired academic password: 1B reset link"),
dict(slug="outlookmac-lycee-parcours-grise", name="François Dubreuil", addr="francois.dubreuil@ac-grenoble.fr", client="outlookmac", course=15,
     body="""
g| Bonjour,
c| Le parcours apparaît bien dans ma liste
+ o| mais il est grisé avec la mention "ouverture le 7 décembre".
o| Dois-je attendre cette date pour commencer ?
""", sig="François Dubreuil\nProfesseur de philosophie, lycée Ferdinand Buisson, Voiron",
     prof="academic", topics=[], act="escalate", why="course opening date: trainer/organiser question"),
dict(slug="samsung-aed-merci", name="Kylian Faure", addr="kylian.faure@gmail.com", client="samsung", course=11,
     body="""
c| c'est ok j'ai réussi à me connecter
t| merci
""", sig="",
     prof="other", topics=[], act="ignore", why="closes the matter"),
dict(slug="directrice-pour-equipe", name="Sylvie Garcin", addr="ce.0382233r@ac-grenoble.fr", client="zimbra", course=9,
     body="""
g| Bonjour,
c| Plusieurs collègues de l'école me disent ne pas arriver à se connecter à la formation.
o| Serait-il possible d'organiser un temps d'aide à l'école lors de la prochaine animation pédagogique ?
""", sig="Sylvie Garcin\nDirectrice, groupe scolaire Joliot-Curie, Fontaine",
     prof="academic", topics=[], act="escalate", why="asks for an on-site help session: human"),
dict(slug="etu-ugam-mdp-et-guichet", name="Romane Petit", addr="romane.petit@etu.univ-grenoble-alpes.fr", client="gmail", course=4,
     body="""
g| Bonjour,
fp| j'ai oublié mon mot de passe de l'université
+ l| et je ne sais pas quel guichet sélectionner.
c| Je suis en M1 MEEF SVT.
t| Merci d'avance
""", sig="Romane Petit",
     prof="university", act="reply", why="UGA student: password from institution and desk choice, guide higher-education case"),
dict(slug="question-sujet-vide-cpe", name="Jean-Marc Rolland", addr="jean-marc.rolland@ac-grenoble.fr", client="outlook", quote="none", subject="",
     body="""
g| Bonjour,
c| CPE au collège Le Bréda,
+ f| je ne trouve pas le parcours "climat scolaire" sur M@gistère.
c| Je suis pourtant connecté.
""", sig="Jean-Marc Rolland",
     prof="academic", act="reply", why="logged in, course not found: step 3"),
dict(slug="passer-par-arena", name="Odile Charrier", addr="odile.charrier@ac-grenoble.fr", client="thunderbird", course=5,
     body="""
g| Bonjour,
l| Faut-il passer par le portail Arena ou directement par l'adresse de M@gistère ?
""", sig="Odile Charrier\nEnseignante référente, Vienne",
     prof="academic", act="reply", why="where to log in: step 2 gives the address"),
dict(slug="attestation-et-login", name="Paul Mercier", addr="paul.mercier@ac-grenoble.fr", client="gmail", course=10,
     body="""
g| Bonjour,
l| je n'arrive pas à me connecter avec le bouton bleu.
o| Aussi, la formation PSC1 donne-t-elle droit à une attestation pour mon dossier ?
""", sig="Paul Mercier\nProfesseur d'EPS, collège de Domène",
     prof="academic", act="escalate", why="login question (step 2) plus attestation request: mix"),
dict(slug="hotmail-aesh-identifiant-mail", name="Fanny Lacour", addr="fanny-lacour@hotmail.fr", client="owa", course=8,
     body="""
g| Bonjour
c| AESH au collège du Moucherotte,
+ fu| je ne sais pas quel est mon identifiant académique,
+ c| je n'ai jamais utilisé la messagerie académique.
""", sig="Fanny Lacour",
     prof="academic", act="reply", why="AESH of the académie without known identifier: 1A"),
dict(slug="inp-enseignant-connexion-directe", name="Sébastien Morand", addr="sebastien.morand@grenoble-inp.fr", client="thunderbird", course=12,
     body="""
g| Bonjour,
c| enseignant-chercheur à l'Ensimag,
+ l| j'ai essayé "Connexion directe à M@gistère" avec mon login INP et ça ne marche pas.
""", sig="Sébastien Morand\nGrenoble INP - Ensimag",
     prof="university", act="reply", why="wrong button for a university account: step 2 higher-education (violet button)"),
dict(slug="merci-de-rien-suite", name="Élise Vernet", addr="elise.vernet@ac-grenoble.fr", client="iphone", course=0,
     body="""
c| Ça marche !
t| Merci beaucoup pour votre aide
""", sig="Élise",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="pb-connexion-majuscules-sujet", name="Albert Nguyen", addr="albert.nguyen@ac-grenoble.fr", client="gmail", quote="none", subject="PB CONNEXION",
     body="""
g| Bonjour,
fp| depuis ce matin mon mot de passe est refusé
+ l| et je reviens toujours sur la page d'authentification.
c| Enseignant de SVT au collège Fernand Léger.
""", sig="A. Nguyen",
     prof="academic", act="reply", why="password refused and looping back to login page: 1B and step 2"),
dict(slug="mauvais-destinataire", name="Karen Blanchard", addr="karen.blanchard@ac-grenoble.fr", client="outlook", course=13,
     body="""
g| Bonjour,
u| Je crois que ce message ne m'est pas destiné, je ne suis plus au secrétariat depuis juin.
""", sig="Karen Blanchard\nGestionnaire, lycée du Dauphiné",
     prof="academic", topics=[], act="escalate", why="says she is the wrong recipient: enrolment to correct by a human"),
dict(slug="lp-ok-merci-thierry", name="Bruno Perret", addr="bruno.perret@ac-grenoble.fr", client="zimbra", course=6, cc=["thierry.gaillard@ac-grenoble.fr"],
     body="""
g| Bonjour à tous,
c| je suis connecté et j'ai commencé le premier module.
t| Merci
""", sig="Bruno",
     prof="academic", topics=[], act="ignore", why="closes the matter, reply-all"),
dict(slug="orange-externe-username-et-mdp", name="Marie Fontaine", addr="marie.fontaine@orange.fr", client="orange", course=14,
     body="""
g| Bonjour,
c| je suis orthophoniste libérale invitée à la formation.
fu| Quel est mon nom d'utilisateur ?
fp| Et je n'ai pas reçu de mot de passe non plus.
""", sig="Marie Fontaine",
     prof="other", act="reply", why="external with manual account: recovery page gives both"),
dict(slug="demande-programme", name="Thibault Roche", addr="thibault.roche@ac-grenoble.fr", client="gmail", course=12,
     body="""
g| Bonjour,
o| Pourriez-vous m'envoyer le programme détaillé de la formation ?
c| Mon chef d'établissement me le demande pour l'ordre de mission.
""", sig="Thibault Roche\nProfesseur de mathématiques, lycée Jean Moulin, Le Pont-de-Beauvoisin",
     prof="academic", topics=[], act="escalate", why="course programme and mission order: human"),
dict(slug="ce1-inline-mdp-parcours", name="Mireille Dubois", addr="mireille.dubois@ac-grenoble.fr", client="zimbra", course=0, quote="inline", fmt="plain",
     body="""
@q 0-1
fp| Je n'ai plus le mot de passe, il faut que je refasse avec le NUMEN ?
@q 2
f| Et dans la liste je cherche quel titre ?
@q 3-5
""", sig="Mireille Dubois",
     prof="academic", act="reply", why="password reset (1B) and which title to click (step 3)"),
dict(slug="vacataire-univ-smb-pass", name="Alexis Bourgeois", addr="alexis.bourgeois@univ-smb.fr", client="outlook", course=1,
     body="""
g| Bonjour,
c| Chargé de cours vacataire à l'USMB,
+ fu| je n'ai pas encore reçu mes identifiants de l'université.
o| Pouvez-vous m'en créer un temporaire ?
""", sig="Alexis Bourgeois\nDépartement LEA, USMB",
     prof="university", topics=["forgotten_username"], act="escalate",
     why="has no university credentials yet and asks EAFC for a temporary account: the guide only sends him to his institution, the request needs a human"),
dict(slug="college-allemand-navigateur", name="Hildegard Weber", addr="hildegard.weber@ac-grenoble.fr", client="thunderbird", course=1,
     body="""
g| Bonjour,
o| Avec quel navigateur faut-il aller sur M@gistère ? Sur mon vieux Internet Explorer rien ne s'affiche.
""", sig="Hildegard Weber\nProfesseure d'allemand, collège Lucie Aubrac",
     prof="academic", topics=[], act="escalate", why="browser compatibility: guide only lists browsers as prerequisite, does not troubleshoot"),
dict(slug="gmail-mobile-aed-ou-est", name="Inès Blanc", addr="ines.blanc.aed@gmail.com", client="gmail_mobile", course=11,
     body="""
g| Bonjour
c| je suis AED au lycée Jean Bart
+ f| je suis sur la page d'accueil mais je trouve pas la formation
""", sig="Inès",
     prof="academic", act="reply", why="AED logged in, course not found: step 3"),
dict(slug="question-sujet-nouveau-poste", name="Rodolphe Carré", addr="rodolphe.carre@ac-grenoble.fr", client="owa", quote="none", subject="question formation",
     body="""
g| Bonjour,
o| Je viens d'être nommé faisant fonction de directeur, dois-je m'inscrire moi-même à la formation direction d'école ?
""", sig="Rodolphe Carré\nÉcole du Bourg, Allevard",
     prof="academic", topics=[], act="escalate", why="enrolment question: human"),
dict(slug="apple-lycee-merci-mdp", name="Béatrice Noël", addr="beatrice.noel@ac-grenoble.fr", client="applemail", course=15,
     body="""
g| Bonjour,
c| Le lien de réinitialisation a fonctionné,
+ c| je suis dans le parcours.
t| Merci
""", sig="Béatrice Noël",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="windows1252-b64-pe-bouton", name="Christophe Laurent", addr="christophe.laurent@ac-grenoble.fr", client="outlook", course=2, cte="base64",
     body="""
g| Bonjour,
l| sur quel bouton dois-je cliquer, le bleu ou le violet ?
c| Je suis PE en grande section.
""", sig="Christophe Laurent\nÉcole maternelle Jean Macé, Grenoble",
     prof="academic", act="reply", why="which button: step 2 academic"),
dict(slug="entreprise-tuteur-lp", name="Stéphane Cottin", addr="s.cottin@carrosserie-cottin.fr", client="outlook", course=6,
     body="""
g| Bonjour,
c| Je suis tuteur en entreprise d'un élève de bac pro et le lycée m'a inscrit à cette formation.
fu| Je n'ai aucun identifiant,
+ l| comment me connecter ?
""", sig="Stéphane Cottin\nCarrosserie Cottin SARL, Sassenage",
     prof="other", act="reply", why="company tutor, manual account: identifier sent by mail, recovery page, direct-connection button"),
dict(slug="cc-formatrice-groupe", name="Aurore Jullien", addr="aurore.jullien@ac-grenoble.fr", client="gmail", course=5, cc=["helene.vial@ac-grenoble.fr"],
     body="""
g| Bonjour Hélène,
o| Je suis dans le groupe du mardi mais je préfèrerais celui du jeudi, est-ce possible ?
""", sig="Aurore Jullien\nPE ULIS, école Jean Moulin",
     prof="academic", topics=[], act="escalate", why="change of group: human"),
]
