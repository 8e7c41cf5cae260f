M = [
dict(slug="pe-ce2-parcours-barre-recherche", name="Élodie Perrin", addr="elodie.perrin@ac-grenoble.fr", client="owa", course=0,
     body="""
g| Bonjour,
f| où se trouve l'outil de recherche dont parle le guide ? Je ne le vois pas sur ma page d'accueil.
""", sig="Élodie Perrin\nPE CE2, école Clemenceau, Grenoble",
     prof="academic", act="reply", why="search tool on the home page: step 3 remark 1"),
dict(slug="college-eps-pb-iphone", name="Cyril Bonnaz", addr="cyril.bonnaz@ac-grenoble.fr", client="iphone", quote="none", subject="Pb connexion",
     body="""
g| Bonjour
l| Sur mon iPhone la page de connexion académique ne s'affiche pas en entier, je ne vois pas le bouton Valider
""", sig="Cyril Bonnaz\nProf EPS collège Lionel Terray",
     prof="academic", topics=["login"], act="escalate", why="display problem on a phone: the guide does not cover it"),
dict(slug="merci-pour-collegue-aussi", name="Myriam Jourdan", addr="myriam.jourdan@ac-grenoble.fr", client="zimbra", course=5,
     body="""
g| Bonjour,
c| ma collègue et moi avons pu nous connecter.
t| Merci pour votre aide précieuse
""", sig="Myriam Jourdan",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="aed-autre-academie-stage", name="Lina Haddadi", addr="lina.haddadi@ac-lyon.fr", client="outlook", course=11,
     body="""
g| Bonjour,
c| AED dans l'académie de Lyon, j'ai été invitée à cette formation par le collège partenaire.
fp| Je n'ai pas de mot de passe pour M@gistère Grenoble.
""", sig="Lina Haddadi",
     prof="other", act="reply", why="other académie: manual account, recovery page for a password"),
dict(slug="lycee-changement-nom", name="Isabelle Marchand-Roux", addr="isabelle.marchand-roux@ac-grenoble.fr", client="gmail", course=12,
     body="""
g| Bonjour,
c| Depuis mon mariage mon adresse a changé
+ fu| et je ne sais plus quel identifiant utiliser, l'ancien ou le nouveau.
""", sig="Isabelle Marchand-Roux\nLycée Louise Michel",
     prof="academic", act="reply", why="unsure which identifier: 1A gives it"),
dict(slug="cpe-question-groupe-et-parcours", name="Nathan Perret", addr="nathan.perret@ac-grenoble.fr", client="thunderbird", course=3,
     body="""
g| Bonjour,
f| je ne trouve pas le parcours pHARe après connexion
+ o| et je voudrais aussi savoir dans quel groupe je suis.
""", sig="Nathan Perret, CPE, collège Les Mattons",
     prof="academic", act="escalate", why="course not found is step 3, but which group he is in needs a human"),
dict(slug="bounce-like-perso-absent", name="Marie-Hélène Brun", addr="mh.brun@orange.fr", client="orange", course=4, quote="none", subject="Absence",
     body="""
r| Je suis en congé jusqu'au 30 novembre. Je répondrai à votre message à mon retour.
""", sig="Marie-Hélène Brun",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     prof="other", topics=[], act="ignore", why="out-of-office auto-reply"),
dict(slug="question-sujet-etu-inspe-id", name="Océane Vigne", addr="oceane.vigne@etu.univ-grenoble-alpes.fr", client="gmail_mobile", quote="none", subject="question",
     body="""
g| Bonjour,
fu| quel identifiant mettre pour le guichet UGA, mon numéro étudiant ?
""", sig="Océane",
     prof="university", act="reply", why="UGA identifier: institution's, guide higher-education"),
dict(slug="maternelle-petite-section-bug-video", name="Anne Thévenet", addr="anne.thevenet@ac-grenoble.fr", client="applemail", course=2,
     body="""
g| Bonjour,
c| tout va bien pour la connexion
+ o| mais le questionnaire de la séquence 1 ne s'enregistre pas.
""", sig="Anne Thévenet",
     prof="academic", topics=[], act="escalate", why="bug inside the course"),
dict(slug="ugam-doctorant-bouton-mdp", name="Lucas Giraud", addr="lucas.giraud@univ-grenoble-alpes.fr", client="thunderbird", course=4,
     body="""
g| Bonjour,
l| J'ai choisi le bouton violet puis le guichet UGA,
+ fp| mais mon mot de passe n'est pas accepté.
c| Il fonctionne pourtant pour ma messagerie.
""", sig="Lucas Giraud, doctorant, ISTerre",
     prof="university", topics=["forgotten_password", "login"], act="escalate",
     why="correct desk and a password that works elsewhere is refused: the guide (ask your institution) does not solve it"),
dict(slug="secretaire-ok-suivi", name="Paulette Chenevier", addr="paulette.chenevier@ac-grenoble.fr", client="outlook", course=13,
     body="""
g| Bonjour,
c| Je confirme ma participation.
""", sig="Paulette Chenevier\nSecrétariat, collège Jacques Prévert, Saint-Jean-de-Moirans",
     prof="academic", topics=[], act="ignore", why="confirmation only"),
dict(slug="free-plp-trouve-pas-rubrique", name="Jacques Berthier", addr="jacques.berthier@free.fr", client="thunderbird", course=6, charset="iso-8859-1", cte="quoted-printable",
     body="""
g| Bonjour,
c| PLP au LP de Voiron, connecté avec mes identifiants académiques,
+ f| je ne trouve pas la rubrique "Tous mes parcours".
""", sig="J. Berthier",
     prof="academic", act="reply", why="logged in, menu for courses: step 3 remark 2"),
dict(slug="gmail-inline-aesh-mdp", name="Amira Kaci", addr="amira.kaci@gmail.com", client="gmail", course=8, quote="inline", fmt="plain",
     body="""
@q 0-1
c| Oui je suis bien AESH au collège Louis Lumière.
@q 2-3
fp| Mon mot de passe ne marche pas, je dois le changer comment ?
@q 4-5
""", sig="Amira",
     prof="academic", act="reply", why="AESH, password: 1B"),
dict(slug="lycee-plainte-trop-mails", name="Fabien Collin", addr="fabien.collin@ac-grenoble.fr", client="zimbra", course=12,
     body="""
g| Bonjour,
o| C'est la troisième invitation que je reçois pour la même formation, merci d'arrêter les envois.
""", sig="F. Collin",
     prof="academic", topics=[], act="escalate", why="complaint about repeated mails: a human must answer"),
dict(slug="sujet-vide-pe-bouton-et-parcours", name="Hélène Roux", addr="helene.roux@ac-grenoble.fr", client="gmail", quote="none", subject="",
     body="""
g| Bonjour,
l| quel bouton pour nous les enseignants du primaire ?
f| Et où on trouve la formation après ?
""", sig="Hélène Roux, école de Meylan",
     prof="academic", act="reply", why="which button and where the course is: step 2 and 3"),
dict(slug="iphone-merci-cc", name="Bastien Morel", addr="bastien.morel@ac-grenoble.fr", client="iphone", course=15, cc=["etienne.royer@ac-grenoble.fr"],
     body="""
t| Merci Étienne, c'est bon pour moi.
""", sig="Bastien",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="directrice-numen-collegue", name="Nicole Ferrand", addr="ce.0380555d@ac-grenoble.fr", client="zimbra", course=9,
     body="""
g| Bonjour,
c| Je vous écris pour ma collègue remplaçante, Mme Duc :
+ fp| elle ne connaît pas son mot de passe académique
+ o| et n'a pas reçu son NUMEN, elle vient d'être recrutée.
""", sig="Nicole Ferrand, directrice, école du Rondeau",
     prof="academic", topics=["forgotten_password"], act="escalate",
     why="on behalf of a new replacement who has no NUMEN yet: the guide's reset needs it, human"),
dict(slug="sfr-externe-username-login", name="Patrick Leroy", addr="patrick.leroy@sfr.fr", client="samsung", course=10,
     body="""
g| Bonjour,
c| Pompier volontaire formateur secourisme pour la formation PSC1,
+ l| sur quel bouton dois-je cliquer avec le compte que vous m'avez créé ?
""", sig="Patrick Leroy",
     prof="other", act="reply", why="manual account: 'Connexion directe à M@gistère'"),
dict(slug="college-anglais-stop-question-date", name="Emma Fischer", addr="emma.fischer@ac-grenoble.fr", client="gmail", course=1,
     body="""
g| Bonjour,
o| jusqu'à quand le parcours est-il ouvert ?
""", sig="Emma Fischer\nCollège Jean Moulin",
     prof="academic", topics=[], act="escalate", why="course deadline: human"),
dict(slug="owa-aed-mdp-merci-reponse", name="Lucas Gallet", addr="lucas.gallet@ac-grenoble.fr", client="owa", course=11,
     body="""
g| Bonjour,
c| J'ai réinitialisé mon mot de passe avec le lien du guide,
+ c| ça fonctionne.
""", sig="Lucas Gallet, AED",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="gmail-prof-lettres-identifiant-oublie", name="Juliette Rossi", addr="juliette.rossi.lettres@gmail.com", client="gmail", course=15,
     body="""
g| Bonjour,
c| professeure de lettres au lycée Ferdinand Buisson,
+ fu| je ne me rappelle plus mon identifiant académique.
""", sig="Juliette Rossi",
     prof="academic", act="reply", why="academic teacher, forgotten identifier: 1A"),
dict(slug="laposte-question-vague", name="Denis Brochier", addr="denis.brochier@laposte.net", client="yahoo", quote="none", subject="?",
     body="""
u| Bonjour ça ne marche pas.
""", sig="Denis",
     prof="other", topics=[], act="escalate", why="too vague to answer"),
dict(slug="lp-connexion-directe-acad", name="Manuel Da Costa", addr="manuel.dacosta@ac-grenoble.fr", client="outlook", course=6,
     body="""
g| Bonjour,
l| Je suis personnel de l'académie, dois-je utiliser le bouton "Connexion directe à M@gistère" ?
""", sig="Manuel Da Costa\nPLP, LP Jean-Jaurès",
     prof="academic", act="reply", why="which button: step 2 academic (blue)"),
dict(slug="psyen-merci-formatrice", name="Anne Lecomte", addr="anne.lecomte@ac-grenoble.fr", client="thunderbird", course=14, cc=["laure.chabert@ac-grenoble.fr"],
     body="""
g| Bonjour,
c| je suis bien inscrite et connectée.
s| Au plaisir de vous retrouver le 10.
""", sig="Anne Lecomte, PsyEN",
     prof="academic", topics=[], act="ignore", why="nothing to answer"),
dict(slug="etu-inp-ac-adresse", name="Romain Pichat", addr="romain.pichat@ac-grenoble.fr", client="zimbra", course=12,
     body="""
g| Bonjour,
c| Je suis enseignant au lycée mais je me suis inscrit avec mon compte Grenoble INP (je suis aussi doctorant).
l| Sur le guichet INP j'ai une erreur "service non autorisé".
""", sig="Romain Pichat",
     prof="university", topics=["login"], act="escalate", why="uses his INP account (outranks domain); authorisation error not covered by the guide"),
]
