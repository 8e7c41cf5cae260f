M = [
dict(slug="formateur-externe-mdp-recu", name="Pierre-Yves Blanc", addr="py.blanc@canope.fr", client="outlook", course=7,
     body="""
g| Bonjour,
c| Je suis médiateur au réseau Canopé et j'interviens dans le parcours EMI.
fu| Je ne retrouve plus le mail avec mon nom d'utilisateur M@gistère.
""", sig="Pierre-Yves Blanc\nAtelier Canopé de l'Isère",
     prof="other", act="reply", why="Canopé partner with a manual account: the recovery page recalls the username"),
dict(slug="etu-inspe-pas-inscrit", name="Chloé Arnaud", addr="chloe.arnaud@etu.univ-grenoble-alpes.fr", client="gmail_mobile", course=2,
     body="""
g| Bonjour,
c| Étudiante M2 MEEF 1er degré en stage en maternelle,
+ f| je me connecte avec mon compte UGA mais le parcours langage oral n'est pas dans ma liste.
""", sig="Chloé",
     prof="university", act="reply", why="logged in with UGA account, course missing: step 3"),
dict(slug="secretaire-imprimer-guide", name="Monique Ravel", addr="monique.ravel@ac-grenoble.fr", client="zimbra", course=13,
     body="""
g| Bonjour,
o| Serait-il possible d'avoir le guide en version papier ? J'ai du mal sur écran.
""", sig="Monique Ravel\nSecrétaire, collège Le Chamandier, Gières",
     prof="academic", topics=[], act="escalate", why="asks for a paper guide: human"),
dict(slug="question-sujet-lycee-recherche", name="Baptiste Fournier", addr="baptiste.fournier@ac-grenoble.fr", client="gmail", quote="none", subject="Question",
     body="""
g| Bonjour,
f| comment on fait pour rejoindre le parcours une fois qu'on est sur la page d'accueil ?
c| Je suis prof de maths au lycée Pierre du Terrail.
""", sig="Baptiste",
     prof="academic", act="reply", why="how to join once on home page: step 3"),
dict(slug="maternelle-petit-mot", name="Josette Curtet", addr="josette.curtet@ac-grenoble.fr", client="iphone", course=2,
     body="""
g| Bonjour,
c| C'est parfait, j'ai pu aller sur le parcours ce soir.
s| Bonne soirée à vous
""", sig="Josette",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="aesh-contrat-fin", name="Malika Ouali", addr="malika.ouali@gmail.com", client="gmail", course=8,
     body="""
g| Bonjour,
c| Mon contrat d'AESH se termine le 18 décembre.
o| Est-ce que je dois quand même faire la formation ?
""", sig="Malika Ouali",
     prof="academic", topics=[], act="escalate", why="question about her obligation to attend: human"),
dict(slug="identifiant-adresse-perso", name="Cédric Vial", addr="cedric.vial@sfr.fr", client="thunderbird", course=12,
     body="""
g| Bonjour
fu| Est ce que je dois mettre mon adresse perso comme identifiant ?
c| je suis prof de maths au lycée du Grésivaudan, c'est mon adresse perso qui est enregistrée.
""", sig="Cédric Vial",
     prof="academic", act="reply", why="academic teacher unsure of his identifier: 1A (academic identifier, not personal address)"),
dict(slug="collegue-non-recu-invitation", name="Françoise Rey", addr="francoise.rey@ac-grenoble.fr", client="outlook", course=9,
     body="""
g| Bonjour,
o| Ma collègue adjointe n'a pas reçu cette invitation alors que nous nous sommes inscrites ensemble.
o| Pouvez vous vérifier ?
""", sig="Françoise Rey\nDirectrice, école primaire du Vieux Chêne, Eybens",
     prof="academic", topics=[], act="escalate", why="a colleague did not get the invitation: check enrolment, human"),
dict(slug="infirmiere-mdp-chgt-etab", name="Nathalie Roussel", addr="nathalie.roussel@ac-grenoble.fr", client="owa", course=10,
     body="""
g| Bonjour,
c| J'ai changé d'établissement en septembre
+ fp| et depuis mon mot de passe ne fonctionne plus sur M@gistère.
""", sig="Nathalie Roussel\nInfirmière scolaire\nCollège Le Calloud, La Tour-du-Pin",
     prof="academic", act="reply", why="password no longer works: 1B reset (the change of school is context)"),
dict(slug="vide-sujet-rien", name="Jordan Mathieu", addr="jordan.mathieu@ac-grenoble.fr", client="gmail_mobile", quote="none", subject="",
     body="""
u| bonjour c pour la formation
""", sig="",
     prof="academic", topics=[], act="escalate", why="unclear, no question stated"),
dict(slug="guichet-smb-etu", name="Yanis Cordier", addr="yanis.cordier@etu.univ-smb.fr", client="roundcube", course=11,
     body="""
g| Bonjour,
c| Étudiant USMB, je suis AED au collège de Chambéry.
l| Avec quel compte dois-je me connecter, universitaire ou académique ?
""", sig="Yanis Cordier",
     prof="university", topics=["login"], act="escalate",
     why="both a student and an AED: which account to use is not something the guide decides; the sender domain gives the profile"),
dict(slug="retraitee-benevole", name="Jacqueline Morin", addr="jacqueline.morin@wanadoo.fr", client="orange", course=1,
     body="""
g| Bonjour,
c| Ancienne enseignante, je suis bénévole dans une association d'aide aux devoirs pour élèves allophones.
l| Je ne comprends pas comment me connecter, il y a plusieurs boutons.
""", sig="Jacqueline Morin",
     prof="other", act="reply", why="volunteer, guest account: direct-connection button, step 2 other case"),
dict(slug="reponse-formateur-visio-merci", name="Luc Perroud", addr="luc.perroud@ac-grenoble.fr", client="outlook", course=4, cc=["claire.dumoulin@ac-grenoble.fr"],
     body="""
g| Bonjour Claire,
t| Merci pour l'info.
c| Je serai présent à la visio.
""", sig="Luc Perroud",
     prof="academic", topics=[], act="ignore", why="reply-all to trainer, nothing for EAFC to answer"),
dict(slug="lycee-pro-guide-trop-long", name="Véronique Duc", addr="veronique.duc@ac-grenoble.fr", client="zimbra", course=6,
     body="""
g| Bonjour,
c| Votre guide est long,
+ l| je voudrais juste savoir sur quoi cliquer pour entrer avec mon compte de l'académie.
""", sig="V. Duc\nPLP Vente, LP Le Nivolet",
     prof="academic", act="reply", why="which button for academic account: step 2"),
dict(slug="urgent-formation-ce-matin", name="Marc Antoine", addr="marc.antoine@ac-grenoble.fr", client="iphone", quote="none", subject="URGENT formation ce matin",
     body="""
g| Bonjour,
c| la formation a commencé il y a 10 minutes
+ l| et je ne peux pas me connecter, la page tourne dans le vide.
o| Pouvez-vous prévenir la formatrice ?
""", sig="Marc Antoine\nCollège Marc Bloch, Bourgoin",
     prof="academic", act="escalate", why="page hangs and asks to warn the trainer: a human must act"),
dict(slug="cdi-identifiant-oublie", name="Aline Bertrand", addr="aline.bertrand@ac-grenoble.fr", client="applemail", course=7,
     body="""
g| Bonjour,
fu| j'ai oublié mon identifiant, je crois que c'est abertrand mais ça ne marche pas.
t| Merci de votre aide
""", sig="Aline Bertrand\nProfesseure documentaliste, collège La Chartreuse",
     prof="academic", act="reply", why="forgotten identifier: 1A"),
dict(slug="mix-parcours-autre-formation", name="Hakim Saïdi", addr="hakim.saidi@ac-grenoble.fr", client="gmail", course=3,
     body="""
g| Bonjour,
c| Je vois bien ce parcours pHARe,
+ f| mais je cherchais celui sur le climat scolaire pour lequel j'ai reçu un autre mail, il n'est pas dans ma liste
+ o| et je ne sais pas si je suis inscrit.
""", sig="Hakim Saïdi\nCPE, lycée Argouges",
     prof="academic", topics=["find_course"], act="escalate",
     why="mixes up two courses and is unsure of his enrolment: a human must check"),
dict(slug="merci-guide-pdf", name="Corinne Nicolas", addr="corinne.nicolas@ac-grenoble.fr", client="outlook", course=5,
     body="""
t| Merci beaucoup pour ce guide,
+ c| j'ai pu me connecter sans difficulté.
""", sig="Corinne Nicolas\nEnseignante ULIS collège",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="free-pe-trouve-pas-titre", name="Lucie Bernard", addr="lucie.bernard12@free.fr", client="thunderbird", course=0,
     body="""
g| Bonjour,
c| Je suis PE à l'école de Vif.
f| Dans "mes parcours" j'ai plusieurs formations et je n'arrive pas à savoir laquelle est celle de l'invitation.
""", sig="Lucie Bernard",
     prof="academic", act="reply", why="many courses, which one: step 3 (title, search)"),
dict(slug="psyen-accent-identifiant", name="Grégoire Mallet", addr="gregoire.mallet@ac-grenoble.fr", client="zimbra", course=14,
     body="""
g| Bonjour,
fu| Mon identifiant contient-il l'accent de mon prénom ?
l| J'ai une erreur à chaque fois sur la page de l'académie.
""", sig="Grégoire Mallet\nPsyEN EDO, CIO de Vienne",
     prof="academic", act="reply", why="unsure of identifier and login error: 1A and step 2"),
dict(slug="hors-sujet-paie", name="Sylvain Gauthier", addr="sylvain.gauthier@ac-grenoble.fr", client="gmail", course=11,
     body="""
g| Bonjour,
o| est-ce que les heures de formation sont payées pour les AED ?
""", sig="Sylvain",
     prof="academic", topics=[], act="escalate", why="pay question: human"),
dict(slug="mairie-animateur-peri", name="Anthony Ruiz", addr="a.ruiz@ville-echirolles.fr", client="outlook", course=3,
     body="""
g| Bonjour,
c| Animateur périscolaire à la ville d'Échirolles, j'ai été inscrit par la coordinatrice pHARe.
fp| J'ai mon nom d'utilisateur mais le mot de passe reçu ne fonctionne pas.
""", sig="Anthony Ruiz\nService Éducation - Ville d'Échirolles",
     prof="other", act="reply", why="municipal staff with manual account: recovery page for a new password"),
dict(slug="remerciements-et-rien", name="Agathe Poncet", addr="agathe.poncet@orange.fr", client="orange", course=2, charset="utf-8", cte="base64",
     body="""
g| Bonjour,
c| Bien reçu l'invitation,
+ c| je me connecterai ce week-end.
t| Merci
""", sig="Agathe Poncet",
     prof="other", topics=[], act="ignore", why="acknowledges, no question"),
dict(slug="inline-owa-numen-majuscule", name="Dominique Pelletier", addr="dominique.pelletier@ac-grenoble.fr", client="thunderbird", course=9, quote="inline",
     body="""
@q 0-2
fp| Le mot de passe par défaut c'est le NUMEN avec les lettres en majuscule ou minuscule ?
@q 3-5
""", sig="Dominique Pelletier\nDirecteur, école élémentaire Anatole France",
     prof="academic", act="reply", why="default password: guide 1B"),
dict(slug="lettre-enseignant-handicap", name="Isabelle Favre", addr="isabelle.favre@ac-grenoble.fr", client="zimbra", course=12,
     body="""
g| Bonjour,
c| Je suis malvoyante
+ o| et la plateforme est difficile à utiliser avec mon logiciel de synthèse vocale.
o| Existe-t-il une version accessible du parcours ?
""", sig="Isabelle Favre\nLycée Mounier",
     prof="academic", topics=[], act="escalate", why="accessibility request: human"),
]
