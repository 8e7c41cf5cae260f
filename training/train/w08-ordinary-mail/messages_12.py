M = [
dict(slug="outlookmac-lycee-merci-fini", name="Gaspard Lemoine", addr="gaspard.lemoine@ac-grenoble.fr", client="outlookmac", course=12,
     body="""
g| Bonjour,
c| Le problème venait de mon navigateur, tout fonctionne depuis Firefox.
t| Merci
""", sig="Gaspard Lemoine\nLycée Champollion",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="pe-deux-invitations-laquelle", name="Audrey Mollard", addr="audrey.mollard@ac-grenoble.fr", client="zimbra", course=14,
     body="""
g| Bonjour,
c| Je suis inscrite à « Repérer les troubles des apprentissages » et à « Accompagner les élèves à besoins éducatifs particuliers ».
f| Je ne vois qu'un seul des deux parcours dans ma liste.
""", sig="Audrey Mollard, PE, école Jean Racine, Fontaine",
     prof="academic", topics=["find_course"], act="escalate",
     why="enrolled in two courses, only one visible: may be an enrolment issue, the guide does not settle which"),
dict(slug="aesh-demande-pour-collegue-login", name="Nadia Ferhat", addr="nadia.ferhat@gmail.com", client="gmail_mobile", course=8,
     body="""
g| Bonjour
c| je demande pour ma collègue AESH qui n'a pas internet chez elle
o| elle peut se connecter depuis son téléphone ou il faut un ordinateur ?
""", sig="Nadia",
     prof="academic", topics=[], act="escalate",
     why="on behalf of a colleague without internet at home: equipment question, the guide's prerequisites do not answer it"),
dict(slug="college-maths-identifiant-majuscule", name="Pierre-Louis Favre", addr="pierre-louis.favre@ac-grenoble.fr", client="thunderbird", course=12,
     body="""
g| Bonjour,
fu| mon identifiant s'écrit-il avec le tiret de mon prénom composé ?
""", sig="P.-L. Favre, collège Lucie Aubrac",
     prof="academic", act="reply", why="unsure of identifier: 1A"),
dict(slug="urgent-sujet-vide-corps-cpe", name="Ludivine Marcel", addr="ludivine.marcel@ac-grenoble.fr", client="outlook", quote="none", subject="URGENT",
     body="""
g| Bonjour,
o| je ne pourrai pas être présente à la classe virtuelle de demain, mon établissement organise un conseil de discipline.
o| Comment rattraper ?
""", sig="Ludivine Marcel, CPE",
     prof="academic", topics=[], act="escalate", why="absence and catching up: human"),
dict(slug="infirmiere-connexion-bouton-mdp", name="Sabine Arnoux", addr="sabine.arnoux@ac-grenoble.fr", client="applemail", course=10,
     body="""
g| Bonjour,
l| je clique sur « Connexion » bleu
+ fp| puis mon mot de passe est refusé, je pense l'avoir oublié.
""", sig="Sabine Arnoux, infirmière, lycée Gabriel Fauré",
     prof="academic", act="reply", why="right button, forgotten password: 1B"),
dict(slug="externe-orange-mdp-et-parcours", name="Gérard Combaz", addr="gerard.combaz@orange.fr", client="orange", course=6,
     body="""
g| Bonjour,
c| Chef d'entreprise, je suis tuteur et j'ai un compte M@gistère créé pour moi.
fp| Mot de passe perdu
+ f| et je ne saurais pas retrouver le parcours ensuite.
""", sig="G. Combaz, Combaz Menuiserie",
     prof="other", act="reply", why="manual account: recovery page and step 3"),
dict(slug="iphone-pe-merci-beaucoup", name="Lise Bouvard", addr="lise.bouvard@ac-grenoble.fr", client="iphone", course=0,
     body="""
g| Bonjour,
c| j'ai tout retrouvé grâce au guide.
t| Mille mercis
""", sig="Lise",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="lycee-question-cc-collegue-lieu", name="Antoine Morel", addr="antoine.morel@ac-grenoble.fr", client="gmail", course=15, cc=["pierre.cadoux@ac-grenoble.fr"],
     body="""
g| Bonjour,
c| Je mets mon collègue en copie.
o| Pouvons-nous faire le covoiturage pour la journée à Grenoble, les frais sont-ils remboursés aux deux ?
""", sig="Antoine Morel, lycée du Granier",
     prof="academic", topics=[], act="escalate", why="travel costs: human"),
dict(slug="zimbra-doc-id-oublie-top", name="Hélène Bérard", addr="helene.berard@ac-grenoble.fr", client="zimbra", course=7, quote="top", fmt="plain",
     body="""
g| Bonjour,
fu| je ne connais pas mon identifiant académique.
""", sig="H. Bérard, documentaliste, collège Louis Mauberret",
     prof="academic", act="reply", why="forgotten identifier: 1A"),
dict(slug="owa-secretaire-identifiant-mdp-bouton", name="Christiane Baud", addr="christiane.baud@ac-grenoble.fr", client="owa", course=13,
     body="""
g| Bonjour,
c| Secrétaire au collège de Tullins.
fu| Je n'ai pas mon identifiant,
+ fp| je n'ai pas de mot de passe
+ l| et je ne sais pas sur quel bouton cliquer.
f| Ensuite je ne sais pas où trouver la formation.
""", sig="Christiane Baud",
     prof="academic", act="reply", why="all four steps, all in the guide"),
dict(slug="ugam-etu-double-compte-question", name="Paul Fabre", addr="paul.fabre@etu.univ-grenoble-alpes.fr", client="gmail", course=12,
     body="""
g| Bonjour,
f| j'ai réussi à me connecter avec mon compte UGA mais le parcours n'est pas là.
c| Mon inscription a été faite avec mon adresse gmail.
""", sig="Paul",
     prof="university", topics=["find_course"], act="escalate",
     why="enrolled under another address than the account he logs in with: the guide does not cover it"),
dict(slug="pb-connexion-mairie", name="Fabienne Jallet", addr="f.jallet@mairie-crolles.fr", client="outlook", quote="none", subject="pb connexion",
     body="""
g| Bonjour,
c| Agent de la mairie de Crolles (ATSEM),
+ l| je ne vois pas où saisir le nom d'utilisateur que j'ai reçu.
""", sig="Fabienne Jallet",
     prof="other", act="reply", why="manual account: direct-connection button, step 2"),
dict(slug="lp-merci-cest-bon-zimbra", name="Jérôme Bois", addr="jerome.bois@ac-grenoble.fr", client="zimbra", course=6,
     body="""
c| Problème résolu,
+ c| j'avais oublié le point entre le prénom et le nom.
""", sig="J. Bois",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="aed-compte-pas-cree", name="Maëlys Robin", addr="maelys.robin@gmail.com", client="gmail", course=11,
     body="""
g| Bonjour,
c| AED depuis une semaine au collège Marie Curie,
+ fu| le lien pour retrouver l'identifiant me dit que mon NUMEN est inconnu.
""", sig="Maëlys Robin",
     prof="academic", topics=["forgotten_username"], act="escalate", why="NUMEN rejected: account not created yet, beyond the guide"),
dict(slug="psyen-mdp-simple", name="Raphaëlle Chopard", addr="raphaelle.chopard@ac-grenoble.fr", client="thunderbird", course=14,
     body="""
g| Bonjour,
fp| j'ai oublié mon mot de passe académique, pouvez vous m'aider ?
""", sig="Raphaëlle Chopard, PsyEN, CIO Grenoble Nord",
     prof="academic", act="reply", why="forgotten password: 1B"),
dict(slug="gmail-mobile-pe-courte", name="Tom Bernard", addr="tom.bernard.pe@gmail.com", client="gmail_mobile", course=2,
     body="""
g| Bonjour
c| pe stagiaire à Grenoble
+ f| je trouve pas la formation
""", sig="Tom",
     prof="academic", act="reply", why="academic trainee teacher, course not found: step 3"),
dict(slug="lycee-general-le-guide-manque", name="Clémence Rey", addr="clemence.rey@ac-grenoble.fr", client="outlook", course=12, cte="base64",
     body="""
g| Bonjour,
o| Je n'ai pas le guide en pièce jointe,
+ l| pouvez-vous simplement me dire comment me connecter ?
""", sig="Clémence Rey\nLycée Pablo Neruda",
     prof="academic", act="escalate", why="missing attachment to send (human) plus a login question (step 2)"),
dict(slug="yahoo-maternelle-merci", name="Françoise Ruel", addr="francoise.ruel@yahoo.fr", client="yahoo", course=2,
     body="""
g| Bonjour,
c| c'est en ordre pour moi.
""", sig="Françoise Ruel",
     prof="other", topics=[], act="ignore", why="closes the matter"),
dict(slug="samsung-aesh-identifiant-numen-ok", name="Leïla Saadi", addr="leila.saadi@ac-grenoble.fr", client="samsung", course=8,
     body="""
g| Bonjour
c| j'ai mon numen
+ fu| mais je ne sais pas quel est mon identifiant
""", sig="Leïla",
     prof="academic", act="reply", why="has NUMEN, forgot identifier: 1A"),
dict(slug="directeur-inline-id-et-visio", name="Jean-Michel Roux", addr="jean-michel.roux@ac-grenoble.fr", client="thunderbird", course=9, quote="inline",
     body="""
@q 0-2
fu| Mon identifiant de messagerie ne fonctionne pas, en ai-je un autre ?
@q 3-4
o| M. Lambert sera-t-il aussi présent à la visio du 12 ?
@q 5
""", sig="J.-M. Roux, directeur, école de Sinard",
     prof="academic", act="escalate", why="identifier is 1A, but a question about the trainer's presence needs a human"),
dict(slug="usmb-etu-mdp-guichet-ok", name="Inès Michaud", addr="ines.michaud@etu.univ-smb.fr", client="roundcube", course=15,
     body="""
g| Bonjour,
c| Je choisis bien le guichet USMB
+ fp| mais j'ai perdu mon mot de passe.
""", sig="Inès Michaud",
     prof="university", act="reply", why="USMB student, password from institution"),
dict(slug="lettre-remerciement-longue", name="Marie-Thérèse Vallet", addr="mt.vallet@ac-grenoble.fr", client="outlook", course=5,
     body="""
g| Bonjour,
s| Je tenais à vous remercier pour l'organisation de cette formation, qui répond à une vraie attente dans notre école.
c| J'ai pu accéder au parcours sans difficulté.
""", sig="Marie-Thérèse Vallet\nEnseignante spécialisée, école Anatole France",
     prof="academic", topics=[], act="ignore", why="thanks, nothing to answer"),
dict(slug="question-sujet-autre-academie-enseignant", name="Olivier Marchetti", addr="olivier.marchetti@ac-aix-marseille.fr", client="zimbra", quote="none", subject="question",
     body="""
g| Bonjour,
c| Enseignant de l'académie d'Aix-Marseille, invité en tant qu'intervenant,
+ fu| je n'ai pas reçu de nom d'utilisateur pour M@gistère Grenoble.
""", sig="Olivier Marchetti",
     prof="other", act="reply", why="other académie: manual account, recovery page"),
dict(slug="hors-sujet-vente", name="Service Commercial Edu", addr="contact@edu-solutions-pro.fr", client="gmail", quote="none", subject="Solutions numériques pour vos formations",
     body="""
g| Bonjour,
o| Nous proposons une plateforme de classes virtuelles adaptée aux établissements scolaires, seriez-vous disponible pour une démonstration de 15 minutes ?
""", sig="L'équipe Edu Solutions Pro",
     prof="other", topics=[], act="ignore", why="commercial prospecting (spam): nobody needs to answer"),
]
