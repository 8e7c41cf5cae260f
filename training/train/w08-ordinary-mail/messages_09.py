M = [
dict(slug="roundcube-uga-ingenieure", name="Sophie Delacroix", addr="sophie.delacroix@univ-grenoble-alpes.fr", client="roundcube", course=4,
     body="""
g| Bonjour,
c| Ingénieure pédagogique à l'UGA, inscrite à la formation numérique en SVT.
f| Je suis connectée via le guichet UGA mais la formation n'est pas dans ma liste.
""", sig="Sophie Delacroix\nDAPI - UGA",
     prof="university", act="reply", why="logged in via UGA, course missing: step 3"),
dict(slug="outlookmac-pe-bouton-bleu", name="Yvonne Sibille", addr="yvonne.sibille@ac-grenoble.fr", client="outlookmac", course=0,
     body="""
g| Bonjour,
l| Je ne vois pas de bouton bleu, seulement un bouton "Se connecter" en haut à droite.
c| Je suis sur Safari.
""", sig="Yvonne Sibille\nPE, école du Village, Corenc",
     prof="academic", act="reply", why="looking for the blue button: step 2"),
dict(slug="yahoo-retraite-id-mdp", name="Robert Vallier", addr="robert.vallier@yahoo.fr", client="yahoo", course=15,
     body="""
g| Bonjour,
c| Professeur honoraire, j'interviens dans la formation sur la dissertation.
fu| J'ai égaré le courriel contenant mon nom d'utilisateur
+ fp| et mon mot de passe.
""", sig="Robert Vallier",
     prof="other", act="reply", why="retired, manual account: recovery page"),
dict(slug="college-maths-deja-connecte-merci", name="Alice Fontanel", addr="alice.fontanel@ac-grenoble.fr", client="gmail", course=12,
     body="""
c| Je me suis connectée et j'ai vu le parcours.
t| Merci à vous !
""", sig="Alice Fontanel",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="lp-plp-identifiant-email", name="Sébastien Giroud", addr="sebastien.giroud@ac-grenoble.fr", client="zimbra", course=6,
     body="""
g| Bonjour,
fu| faut-il taper toute l'adresse sebastien.giroud@ac-grenoble.fr comme identifiant ?
""", sig="S. Giroud, LP Portes de l'Oisans",
     prof="academic", act="reply", why="identifier format: 1A / step 2"),
dict(slug="aesh-mutualisee-deux-ecoles", name="Pauline Roche", addr="pauline.roche@ac-grenoble.fr", client="samsung", course=8,
     body="""
g| Bonjour,
c| je suis AESH mutualisée sur deux écoles
+ o| et je voudrais savoir si je peux faire la formation sur mes heures.
""", sig="Pauline",
     prof="academic", topics=[], act="escalate", why="service-time question: human"),
dict(slug="question-sujet-mdp-ok-id", name="Thierry Baud", addr="thierry.baud@ac-grenoble.fr", client="outlook", quote="none", subject="Question",
     body="""
g| Bonjour,
fp| Je connais mon identifiant mais plus mon mot de passe.
c| Professeur d'histoire au collège Jules Ferry de Voiron.
""", sig="Thierry Baud",
     prof="academic", act="reply", why="knows identifier, forgot password: 1B"),
dict(slug="inp-etu-merci", name="Maxime Bonnefoy", addr="maxime.bonnefoy@grenoble-inp.org", client="gmail_mobile", course=12,
     body="""
c| C'est bon j'ai trouvé le guichet Grenoble INP
t| merci
""", sig="",
     prof="university", topics=[], act="ignore", why="closes the matter"),
dict(slug="directeur-ecole-liste-longue", name="Hervé Charpentier", addr="herve.charpentier@ac-grenoble.fr", client="thunderbird", course=9,
     body="""
g| Bonjour,
c| En tant que directeur je suis inscrit à une dizaine de parcours
+ f| et je ne retrouve pas celui-ci.
""", sig="Hervé Charpentier\nDirecteur, école primaire Les Saules, Saint-Égrève",
     prof="academic", act="reply", why="many courses: step 3 remark 1 (search)"),
dict(slug="cdi-question-pj-cours", name="Anne-Laure Rigaud", addr="anne-laure.rigaud@ac-grenoble.fr", client="owa", course=7,
     body="""
g| Bonjour,
o| Dans le parcours, je ne peux pas déposer mon travail, le bouton "Ajouter un fichier" ne fait rien.
""", sig="Anne-Laure Rigaud, professeure documentaliste, lycée Marie Reynoard",
     prof="academic", topics=[], act="escalate", why="bug inside the course: human"),
dict(slug="gmail-aed-identifiant-numen-ou", name="Théo Lambert", addr="theo.lambert.aed@gmail.com", client="gmail", course=11,
     body="""
g| Bonjour,
c| AED au lycée Léon Blum,
+ fu| j'ai besoin de mon identifiant
+ o| mais où je trouve mon NUMEN ? je l'ai jamais eu.
""", sig="Théo",
     prof="academic", topics=["forgotten_username"], act="escalate", why="identifier needs the NUMEN he never had: not answered by the guide"),
dict(slug="infirmiere-thanks-done", name="Carole Besson", addr="carole.besson@ac-grenoble.fr", client="zimbra", course=10,
     body="""
g| Bonjour,
c| inutile de traiter ma demande d'hier, j'ai pu me connecter.
s| Bonne journée
""", sig="Carole Besson, infirmière, collège de la Bièvre",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="vide-sujet-ugam-mdp-expire", name="Nadia Chaouch", addr="nadia.chaouch@etu.univ-grenoble-alpes.fr", client="gmail", quote="none", subject="",
     body="""
g| Bonjour,
fp| mon mot de passe étudiant est expiré et je ne peux pas accéder à M@gistère.
""", sig="Nadia Chaouch, M1 MEEF anglais",
     prof="university", act="reply", why="UGA student password: institution"),
dict(slug="mairie-atsem-mdp-recu-pas", name="Monique Ferrier", addr="m.ferrier@mairie-voiron.fr", client="outlook", course=2,
     body="""
g| Bonjour,
c| ATSEM de la ville de Voiron,
+ fp| je n'ai pas reçu de mot de passe par courriel.
""", sig="Monique Ferrier\nService Enfance - Mairie de Voiron",
     prof="other", act="reply", why="manual account: recovery page sends a new password"),
dict(slug="lycee-pro-double-inscription", name="Alain Garnier", addr="alain.garnier@ac-grenoble.fr", client="gmail", course=6,
     body="""
g| Bonjour,
c| Je reçois deux fois l'invitation, une sur mon adresse académique et une sur mon adresse perso.
o| Suis-je inscrit deux fois ?
""", sig="Alain Garnier, LP Les Catalins",
     prof="academic", topics=[], act="escalate", why="double enrolment question: human"),
dict(slug="orange-cpe-connexion", name="Roseline Bourdon", addr="roseline.bourdon@orange.fr", client="orange", course=3, charset="iso-8859-1",
     body="""
g| Bonjour,
c| CPE au collège du Trièves,
+ l| je ne comprends pas comment on se connecte : faut-il créer un compte ?
""", sig="Roseline Bourdon",
     prof="academic", act="reply", why="academic staff asks how to log in: no account to create, step 1/2 academic"),
dict(slug="psy-en-pc-pro-bloque", name="Jérémie Sabatier", addr="jeremie.sabatier@ac-grenoble.fr", client="outlook", course=14,
     body="""
g| Bonjour,
o| Le poste du CIO bloque l'accès au site M@gistère (page "accès refusé par le proxy").
""", sig="Jérémie Sabatier\nPsyEN, CIO de Bourgoin",
     prof="academic", topics=[], act="escalate", why="network proxy blocking: not in the guide"),
dict(slug="thunderbird-inline-merci", name="Marine Collet", addr="marine.collet@ac-grenoble.fr", client="thunderbird", course=1, quote="inline",
     body="""
@q 0-2
c| C'est fait, je suis dans le parcours.
@q 3-5
t| Merci
""", sig="Marine Collet",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="urgent-sujet-pe-tout-perdu", name="Gwenaëlle Cosson", addr="gwenaelle.cosson@ac-grenoble.fr", client="gmail_mobile", quote="none", subject="URGENT",
     body="""
g| Bonjour
fu| j'ai oublié mon identifiant
+ fp| et mon mot de passe
+ c| et la formation est demain
t| merci de m'aider vite
""", sig="Gwenaëlle Cosson\nPE à Jarrie",
     prof="academic", act="reply", why="forgotten identifier and password: 1A, 1B"),
dict(slug="lycee-philo-question-lecture", name="Pierre Cadoux", addr="pierre.cadoux@ac-grenoble.fr", client="zimbra", course=15,
     body="""
g| Bonjour,
o| Faut-il avoir lu un texte particulier avant la première séance ?
""", sig="Pierre Cadoux",
     prof="academic", topics=[], act="escalate", why="course content: human"),
dict(slug="apple-contractuel-id-mdp-login", name="Vincent Tran", addr="vincent.tran@me.com", client="applemail", course=12,
     body="""
g| Bonjour,
c| Professeur contractuel de mathématiques au lycée Galilée depuis novembre,
+ fu| je n'ai pas encore d'identifiant académique
+ fp| ni de mot de passe,
+ l| comment puis-je me connecter en attendant ?
""", sig="Vincent Tran",
     prof="academic", act="reply", why="new contract teacher: 1A/1B with NUMEN, step 2"),
dict(slug="secretaire-pour-proviseur", name="Lucienne Dumont", addr="lucienne.dumont@ac-grenoble.fr", client="outlook", course=13,
     body="""
g| Bonjour,
c| Je vous écris de la part de M. le Proviseur :
+ o| il souhaiterait savoir si deux secrétaires peuvent suivre la formation en même temps sur le même créneau.
""", sig="Lucienne Dumont\nSecrétariat de direction, lycée Édouard Herriot",
     prof="academic", topics=[], act="escalate", why="organisation question on behalf of the head: human"),
dict(slug="hotmail-aesh-lien-identifiant", name="Sandra Peyrot", addr="sandra.peyrot@hotmail.fr", client="owa", course=8,
     body="""
g| Bonjour,
c| AESH à l'école de Lumbin.
fu| Où est le lien pour retrouver mon identifiant ?
""", sig="Sandra Peyrot",
     prof="academic", act="reply", why="AESH, identifier recovery: 1A"),
dict(slug="wanadoo-mdp-collegue-cc", name="Henri Guillot", addr="henri.guillot@wanadoo.fr", client="orange", course=11, cc=["mehdi.zerrouki@ac-grenoble.fr"],
     body="""
g| Bonjour,
c| AED au collège de Saint-Marcellin,
+ fp| j'ai oublié mon mot de passe académique.
""", sig="Henri Guillot",
     prof="academic", act="reply", why="AED forgot academic password: 1B; trainer in Cc"),
dict(slug="univ-smb-staff-merci", name="Céline Arragon", addr="celine.arragon@univ-smb.fr", client="zimbra", course=5,
     body="""
t| Merci, c'est bien reçu.
""", sig="Céline Arragon\nService handicap, USMB",
     prof="university", topics=[], act="ignore", why="acknowledgement"),
]
