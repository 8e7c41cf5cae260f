M = [
dict(slug="tr-outlook-pour-collegue", name="Annie Bouchard", addr="annie.bouchard@ac-grenoble.fr", client="outlook", course=14, quote="fwd", fwdstyle="outlook", fwdprefix="TR : ",
     body="""
g| Bonjour,
c| Je vous transfère l'invitation de ma collègue AESH, Mme Da Silva, qui n'a pas d'ordinateur.
o| Pourrait-elle suivre la formation depuis l'école avec mon poste ?
""", sig="Annie Bouchard\nDirectrice, école de Charavines",
     prof="academic", topics=[], act="escalate", why="on behalf of a colleague, asks about using another computer: human"),
dict(slug="tr-thunderbird-mdp", name="Vincent Clerc", addr="vincent.clerc@free.fr", client="thunderbird", course=12, quote="fwd", fwdstyle="thunderbird", fwdprefix="Fwd: ", fwd_to="vincent.clerc@ac-grenoble.fr",
     body="""
g| Bonjour,
c| je transfère depuis ma boîte perso car je n'arrive plus à ouvrir ma boîte académique :
+ fp| le mot de passe est refusé partout.
""", sig="Vincent Clerc, prof de maths, lycée Charles Gabriel Pravaz",
     prof="academic", act="reply", why="academic teacher whose password is refused: 1B reset"),
dict(slug="tr-zimbra-question-lieu", name="Colette Baron", addr="colette.baron@ac-grenoble.fr", client="zimbra", course=9, quote="fwd", fwdstyle="zimbra", fwdprefix="Fwd: ",
     body="""
g| Bonjour,
o| Où aura lieu le regroupement indiqué dans ce parcours ?
""", sig="Colette Baron\nDirectrice, école de Saint-Geoire-en-Valdaine",
     prof="academic", topics=[], act="escalate", why="place of the meeting: human"),
dict(slug="univ-doctorante-boite-perso", name="Amélie Roussin", addr="amelie.roussin@gmail.com", client="gmail", course=15,
     body="""
g| Bonjour,
c| Je suis doctorante en philosophie à l'UGA et j'interviens en lycée dans le cadre de cette formation.
l| Je me connecte avec mon compte UGA mais je ne sais pas quel guichet choisir.
""", sig="Amélie Roussin",
     prof="university", act="reply", why="says she uses her UGA account (outranks gmail): desk choice, step 2 higher-education"),
dict(slug="ac-grenoble-etudiant-uga", name="Thomas Revol", addr="thomas.revol@ac-grenoble.fr", client="owa", course=4,
     body="""
g| Bonjour,
c| Je suis stagiaire alternant et je suis inscrit avec mon compte étudiant UGA, pas mon compte académique.
fp| J'ai oublié le mot de passe de ce compte étudiant.
""", sig="Thomas Revol\nM2 MEEF - collège Jules Vallès",
     prof="university", act="reply", why="ac-grenoble sender enrolled with his UGA student account: university case, ask the institution"),
dict(slug="lycee-pas-bonne-formation", name="Solène Guillot", addr="solene.guillot@ac-grenoble.fr", client="gmail", course=13,
     body="""
g| Bonjour,
u| Je ne suis pas secrétaire, je suis professeure d'économie-gestion.
o| Il doit y avoir une erreur sur la formation à laquelle je suis inscrite.
""", sig="Solène Guillot\nLycée Emmanuel Mounier",
     prof="academic", topics=[], act="escalate", why="enrolment error: human"),
dict(slug="maternelle-parcours-vide", name="Martine Jacob", addr="martine.jacob@ac-grenoble.fr", client="iphone", course=2,
     body="""
g| Bonjour
c| je vois la formation dans la liste
+ o| mais quand j'entre dedans il n'y a rien, c'est vide
""", sig="Martine", tag="Envoyé de mon iPhone",
     prof="academic", topics=[], act="escalate", why="the course is reached but empty: content problem, not a guide topic"),
dict(slug="ugam-staff-sans-guichet", name="Patrice Girod", addr="patrice.girod@univ-grenoble-alpes.fr", client="zimbra", course=7,
     body="""
g| Bonjour,
c| Bibliothécaire à la BU Droit-Lettres,
+ fu| je ne sais pas si je dois utiliser mon identifiant UGA ou en créer un.
""", sig="Patrice Girod\nSCD - Université Grenoble Alpes",
     prof="university", act="reply", why="UGA staff: guide says the institution's identifier"),
dict(slug="vide-sujet-aesh-tout", name="Sabrina Mazet", addr="sabrina.mazet@laposte.net", client="yahoo", quote="none", subject="",
     body="""
g| Bonjour,
c| je suis AESH à l'école de Sassenage.
fu| je n'ai pas d'identifiant,
+ fp| pas de mot de passe
+ f| et je ne sais pas où se trouve la formation.
""", sig="Sabrina Mazet",
     prof="academic", act="reply", why="AESH: identifier 1A, password 1B, course step 3"),
dict(slug="directeur-mot-de-passe-apres-mutation", name="Gilles Bonnard", addr="gilles.bonnard@ac-grenoble.fr", client="outlook", course=9,
     body="""
g| Bonjour,
c| Muté de l'académie de Lyon à la rentrée,
+ fp| je ne sais pas si mon mot de passe de Lyon est encore valable ici.
""", sig="Gilles Bonnard\nDirecteur, école élémentaire Les Pins, Meylan",
     prof="academic", act="reply", why="now académie de Grenoble staff (ac-grenoble address): academic password, 1B"),
dict(slug="merci-bonne-journee-zimbra", name="Thérèse Lagarde", addr="therese.lagarde@ac-grenoble.fr", client="zimbra", course=10,
     body="""
t| Merci, c'est reçu,
+ c| je me suis inscrite au créneau.
""", sig="T. Lagarde, infirmière",
     prof="academic", topics=[], act="ignore", why="acknowledgement, nothing to answer"),
dict(slug="question-fin-parcours", name="Mickaël Dumas", addr="mickael.dumas@ac-grenoble.fr", client="gmail", course=0,
     body="""
g| Bonjour,
o| J'ai terminé le parcours mais il reste marqué "en cours", est ce normal ?
""", sig="Mickaël Dumas\nPE CM1, école du Centre, Vizille",
     prof="academic", topics=[], act="escalate", why="completion status in the course: human"),
dict(slug="lp-lien-direct-parcours", name="Farid Belkacem", addr="farid.belkacem@ac-grenoble.fr", client="samsung", course=6,
     body="""
g| Bonjour
f| Vous n'avez pas un lien direct vers le parcours ? je ne le trouve pas après connexion
""", sig="Farid",
     prof="academic", act="reply", why="cannot find the course after login: step 3"),
dict(slug="zimbra-inline-bottom", name="Nicole Favier", addr="nicole.favier@ac-grenoble.fr", client="zimbra", course=13, quote="top", fmt="plain",
     body="""
g| Bonjour,
l| je n'ai pas de bouton "Connexion" bleu sur ma page, seulement "Connexion directe".
""", sig="Nicole Favier, secrétariat élèves",
     prof="academic", act="reply", why="does not see the blue button: step 2 (address and buttons)"),
dict(slug="double-compte", name="Arnaud Chevallier", addr="arnaud.chevallier@ac-grenoble.fr", client="thunderbird", course=12,
     body="""
g| Bonjour,
c| J'ai l'impression d'avoir deux comptes sur M@gistère, un ancien compte invité et mon compte académique.
o| Pouvez-vous les fusionner ?
""", sig="A. Chevallier, lycée Pierre Béghin",
     prof="academic", topics=[], act="escalate", why="account merge: human"),
dict(slug="prof-theatre-compagnie", name="Léna Morel", addr="lena.morel@compagnie-lesarpenteurs.fr", client="gmail", course=7,
     body="""
g| Bonjour,
c| Comédienne intervenante pour la compagnie,
+ fp| j'ai bien mon nom d'utilisateur mais j'ai perdu le mot de passe.
t| Merci pour votre aide
""", sig="Léna Morel\nCompagnie Les Arpenteurs",
     prof="other", act="reply", why="external with manual account: forgotten password page"),
dict(slug="directrice-merci-tout-est-ok", name="Pascale Tardy", addr="ce.0380789p@ac-grenoble.fr", client="outlook", course=9,
     body="""
g| Bonjour,
c| Toutes les collègues de l'école ont pu se connecter.
t| Merci pour votre accompagnement
""", sig="Pascale Tardy\nDirectrice",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="pb-mdp-plus-question-duree", name="Noémie Lebrun", addr="noemie.lebrun@ac-grenoble.fr", client="applemail", course=1,
     body="""
g| Bonjour,
fp| je ne me rappelle plus mon mot de passe académique.
o| Et combien d'heures dure la formation en tout ?
""", sig="Noémie Lebrun\nUPE2A collège Villeneuve",
     prof="academic", act="escalate", why="password is 1B but duration of the course is not in the guide: mix"),
dict(slug="infirmiere-wrong-link", name="Catherine Michel", addr="catherine.michel@ac-grenoble.fr", client="owa", course=10,
     body="""
g| Bonjour,
l| le lien m'amène sur M@gistère national et pas celui de l'académie de Grenoble.
l| Comment accéder au bon site ?
""", sig="Catherine Michel\nInfirmière, lycée La Saulaie",
     prof="academic", act="reply", why="lands on the wrong site: step 2 gives the académie address"),
dict(slug="question-sujet-reporter", name="Josselin Marchand", addr="josselin.marchand@ac-grenoble.fr", client="gmail_mobile", quote="none", subject="question",
     body="""
g| Bonjour
o| je suis en arrêt maladie jusqu'au 20, est-ce que je peux faire la formation plus tard ?
""", sig="Josselin",
     prof="academic", topics=[], act="escalate", why="postponing due to sick leave: human"),
dict(slug="cc-collegue-trouve", name="Gaëlle Richard", addr="gaelle.richard@ac-grenoble.fr", client="thunderbird", course=5, cc=["Aurore Jullien <aurore.jullien@ac-grenoble.fr>"],
     body="""
g| Bonjour,
c| je mets Aurore en copie : elle a trouvé le parcours grâce à "Tous mes parcours" > "Se former",
+ c| moi aussi maintenant.
t| Merci
""", sig="Gaëlle",
     prof="academic", topics=[], act="ignore", why="both solved, nothing to answer"),
dict(slug="ugam-etu-pas-compte", name="Enzo Martinez", addr="enzo.martinez@etu.univ-grenoble-alpes.fr", client="gmail", course=11,
     body="""
g| Bonjour,
l| on me demande de me connecter mais je ne sais pas si c'est avec le compte de la fac ou un compte M@gistère.
c| Je suis étudiant et AED en service civique, inscrit par le lycée.
""", sig="Enzo",
     prof="university", topics=["login"], act="escalate",
     why="student doing civic service in a school: unsure which account applies, the guide does not settle a double status"),
dict(slug="pe-html-only-identifiant", name="Brigitte Lanier", addr="brigitte.lanier@orange.fr", client="orange", course=0, fmt="html",
     body="""
g| Bonjour
c| professeure des écoles à Claix,
+ fu| je ne retrouve plus mon identifiant de messagerie académique
""", sig="Brigitte Lanier",
     prof="academic", act="reply", why="academic teacher, forgotten identifier: 1A"),
dict(slug="formation-autre-eafc", name="Raphaël Simon", addr="raphael.simon@ac-grenoble.fr", client="zimbra", course=12,
     body="""
g| Bonjour,
o| Pouvez-vous me dire si la formation "Enseigner l'histoire des arts" aura aussi un parcours M@gistère ?
""", sig="Raphaël Simon",
     prof="academic", topics=[], act="escalate", why="question about another course: human"),
dict(slug="inline-thunderbird-trois", name="Marc Bertholet", addr="marc.bertholet@ac-grenoble.fr", client="thunderbird", course=11, quote="inline",
     body="""
@q 0-1
fu| Quel identifiant ? celui de l'ENT ou de la messagerie ?
@q 2
l| J'ai un écran "choisissez votre guichet", que faire ?
@q 3
f| Je me suis déjà connecté une fois mais je ne vois plus la formation.
@q 4-5
""", sig="Marc Bertholet\nAED, collège Gérard Philipe",
     prof="academic", act="reply", why="identifier, wrong desk screen and course not visible: 1A, step 2, step 3"),
]
