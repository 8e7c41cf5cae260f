M = [
dict(slug="samsung-aesh-bouton", name="Nora Bensalem", addr="nora.bensalem@sfr.fr", client="samsung", course=8,
     body="""
g| Bonjour,
c| je suis AESH à l'école de Pont-de-Claix.
l| Je tombe sur une page avec 3 boutons connexion, je ne sais pas lequel choisir pour mon compte académique.
t| Merci
""", sig="Nora",
     prof="academic", act="reply", why="AESH (académie) on sfr: which button, guide step 2 academic case"),
dict(slug="roundcube-inp-doctorant", name="Antoine Lefèvre", addr="antoine.lefevre@grenoble-inp.fr", client="roundcube", course=12,
     body="""
g| Bonjour,
c| Doctorant contractuel à Grenoble INP, j'assure des TD et on m'a inscrit à cette formation.
fu| Je ne sais pas quel identifiant utiliser : celui d'Agalan ou mon adresse mail ?
""", sig="Antoine Lefèvre\nLaboratoire G-SCOP",
     prof="university", act="reply", why="INP doctoral student, unsure which identifier: institution gives it, guide higher-education case"),
dict(slug="directeur-reunion-date", name="Philippe Arnaud", addr="ce.0381456k@ac-grenoble.fr", client="zimbra", course=9,
     body="""
g| Bonjour,
o| La classe virtuelle du 8 décembre tombe le même jour que notre conseil d'école.
o| Est-il possible de la suivre en différé ou de changer de groupe ?
""", sig="Philippe Arnaud\nDirecteur - École élémentaire du Centre, La Mure",
     prof="academic", topics=[], act="escalate", why="asks for a recording or a change of group: human"),
dict(slug="top-post-apres-citation", name="Marie-Claude Joly", addr="mc.joly@orange.fr", client="orange", course=2, quote="top",
     body="""
g| Bonjour
fp| j'ai demandé un nouveau mot de passe mais je ne reçois aucun mail.
c| je suis PE en petite section à Saint-Égrève.
""", sig="Marie-Claude Joly",
     prof="academic", topics=["forgotten_password"], act="escalate",
     why="reset already tried, the mail never arrives: the guide's reset link does not solve it, assistance needed"),
dict(slug="pb-identifiant-numen-perdu", name="Kevin Morel", addr="kevin.morel@ac-grenoble.fr", client="gmail", quote="none", subject="M@gistère",
     body="""
g| Bonjour,
fu| je ne connais pas mon identifiant
+ o| et je n'ai pas mon NUMEN sous la main, je l'ai perdu.
o| Comment puis-je le retrouver ?
""", sig="Kevin Morel\nAED - collège Marcel Cuynat, Monestier-de-Clermont",
     prof="academic", act="escalate", why="forgotten identifier is 1A, but he lost his NUMEN which the guide requires: not answered"),
dict(slug="merci-trouve-parcours-owa", name="Laurence Michaud", addr="laurence.michaud@ac-grenoble.fr", client="owa", course=14,
     body="""
g| Bonjour,
c| Je viens de retrouver le parcours grâce à la barre de recherche.
t| Merci, inutile de me répondre.
""", sig="Laurence Michaud\nEnseignante spécialisée RASED",
     prof="academic", topics=[], act="ignore", why="problem solved, says no answer needed"),
dict(slug="lycee-gmail-html-mdp", name="Sophie Girard", addr="sophiegirard.prof@gmail.com", client="gmail", course=15, fmt="html",
     body="""
g| Bonjour,
c| professeure de lettres-philo au lycée Aristide Bergès,
+ fp| mon mot de passe académique est refusé alors que je l'utilise pour le webmail...
fp| Dois je le réinitialiser ?
""", sig="Sophie Girard",
     prof="academic", act="reply", why="academic teacher, password refused: guide 1B reset"),
dict(slug="inp-etudiant-parcours", name="Hugo Besson", addr="hugo.besson@grenoble-inp.org", client="gmail_mobile", course=4,
     body="""
g| Bonjour
c| je suis connecté avec mon compte Grenoble INP
+ f| mais je n'ai aucun parcours dans mon tableau de bord.
""", sig="Hugo",
     prof="university", act="reply", why="says he uses his Grenoble INP account; logged in, no course: step 3"),
dict(slug="intervenant-asso-compte", name="Fatou Diallo", addr="f.diallo@association-relais-jeunes.org", client="outlook", course=3,
     body="""
g| Bonjour,
c| J'interviens pour l'association Relais Jeunes dans le cadre de la formation pHARe.
fu| Je n'ai pas retrouvé le mail avec mon nom d'utilisateur
+ fp| ni le mot de passe.
t| Merci pour votre aide.
""", sig="Fatou Diallo\nChargée de prévention\nAssociation Relais Jeunes",
     prof="other", act="reply", why="external partner, manual account: the recovery page gives username and new password"),
dict(slug="frais-deplacement", name="Jean-Luc Perrier", addr="jean-luc.perrier@ac-grenoble.fr", client="thunderbird", course=6,
     body="""
g| Bonjour,
o| Pour la journée en présentiel à Grenoble, les frais de déplacement sont ils pris en charge ?
c| Je viens de Briançon.
""", sig="Jean-Luc Perrier\nPLP génie électrique, LP Alpes et Durance",
     prof="academic", topics=[], act="escalate", why="travel costs: not in the guide"),
dict(slug="inline-zimbra-deux-questions", name="Christine Baudin", addr="christine.baudin@ac-grenoble.fr", client="zimbra", course=5, quote="inline", fmt="plain",
     body="""
@q 1-2
l| Je clique sur le lien mais j'arrive sur une page "Formations en libre accès", pas sur la connexion. C'est normal ?
@q 3
fp| Le mot de passe c'est celui de ma messagerie ou un autre ?
@q 4-5
""", sig="C. Baudin",
     prof="academic", act="reply", why="login page confusion and which password: guide steps 1 and 2 academic case"),
dict(slug="collegue-pour-mari", name="Valérie Rostaing", addr="valerie.rostaing@yahoo.fr", client="yahoo", course=0,
     body="""
g| Bonjour,
c| J'écris pour mon mari, Frédéric Rostaing, qui est professeur des écoles à Crolles,
+ c| sa boîte académique est pleine.
fp| Il a oublié son mot de passe académique.
""", sig="Valérie Rostaing",
     prof="academic", act="reply", why="on behalf of a teacher of the académie who forgot his password: guide 1B; the full mailbox is only context"),
dict(slug="erreur-authentification", name="Lionel Bret", addr="lionel.bret@ac-grenoble.fr", client="outlook", course=1,
     body="""
g| Bonjour,
l| Lorsque je valide mes identifiants j'ai une page blanche avec "Erreur d'authentification SAML",
+ o| j'ai essayé sur Chrome et Firefox.
c| Je suis professeur de FLE en UPE2A.
""", sig="Lionel Bret",
     prof="academic", act="escalate", why="technical authentication error persisting in two browsers: the guide does not cover a SAML error"),
dict(slug="ok-a-demain", name="Camille Dupuis", addr="camille.dupuis@ac-grenoble.fr", client="gmail_mobile", course=11, cc=["mehdi.zerrouki@ac-grenoble.fr"],
     body="""
t| Super merci Mehdi !
s| à demain
""", sig="",
     prof="academic", topics=[], act="ignore", why="reply-all thanking the trainer, nothing to answer"),
dict(slug="cdi-trop-de-parcours", name="Bernadette Fayolle", addr="bernadette.fayolle@ac-grenoble.fr", client="applemail", course=7,
     body="""
g| Bonjour,
f| J'ai énormément de parcours dans ma liste (anciennes formations) et je n'arrive pas à retrouver celui sur l'EMI.
t| Merci de m'aiguiller.
""", sig="Bernadette Fayolle\nProfesseure documentaliste, lycée Pablo Neruda",
     prof="academic", act="reply", why="too many courses, cannot spot it: guide remark 1 (search tool)"),
dict(slug="vide-quelle-formation", name="Olivier Pichon", addr="olivierpichon@free.fr", client="thunderbird", quote="none", subject="",
     body="""
g| Bonjour,
u| J'ai reçu un mail mais je ne sais pas de quoi il s'agit.
u| c'est pour quoi exactement ?
""", sig="O. Pichon",
     prof="other", topics=[], act="escalate", why="unclear what he refers to, no invitation quoted"),
dict(slug="contractuelle-autre-academie", name="Inès Ferreira", addr="ines.ferreira@ac-lyon.fr", client="outlook", course=1,
     body="""
g| Bonjour,
c| Je suis enseignante dans l'académie de Lyon, invitée à cette formation sur l'accueil des allophones.
l| Mon identifiant de Lyon ne fonctionne pas avec le bouton bleu,
+ l| comment dois-je me connecter ?
""", sig="Inès Ferreira\nCASNAV de Lyon",
     prof="other", act="reply", why="other académie: guest account, direct-connection button (guide other case)"),
dict(slug="pb-connexion-tablette", name="Ginette Sauvage", addr="ginette.sauvage@laposte.net", client="iphone", quote="none", subject="pb connexion",
     body="""
g| Bonjour
c| je suis AESH au collège de Tullins
+ l| et je n'arrive pas à me connecter depuis ma tablette,
+ l| je ne vois pas où mettre mes identifiants.
""", sig="Ginette Sauvage", tag="Envoyé de mon iPad",
     prof="academic", act="reply", why="AESH, does not find where to log in: step 2 academic"),
dict(slug="lp-plusieurs-questions-escalade", name="Abdel Hamidi", addr="abdel.hamidi@ac-grenoble.fr", client="gmail", course=6, cc=["thierry.gaillard@ac-grenoble.fr"],
     body="""
g| Bonjour,
fp| j'ai changé mon mot de passe la semaine dernière et je l'ai déjà oublié...
o| Par ailleurs, est-ce que je dois avoir fini le module 1 avant la réunion du 15 ?
""", sig="Abdel Hamidi\nPLP Lettres-Histoire, LP Guynemer",
     prof="academic", act="escalate", why="password reset is 1B, but the question on the module deadline needs the trainer"),
dict(slug="psyen-identifiant-chiffres", name="Delphine Marchal", addr="delphine.marchal@ac-grenoble.fr", client="zimbra", course=14,
     body="""
g| Bonjour,
fu| Mon identifiant est-il mon adresse mail complète ou juste la première partie (dmarchal) ?
c| Psychologue EN au RASED de Voreppe.
""", sig="Delphine Marchal",
     prof="academic", act="reply", why="unsure of which identifier form: guide 1A"),
dict(slug="merci-parfait-cdi", name="Stéphanie Lacroix", addr="stephanie.lacroix@ac-grenoble.fr", client="outlook", course=7,
     body="""
g| Bonjour,
c| Tout est en ordre, j'ai accès au parcours.
t| Merci pour le guide, très clair.
""", sig="Stéphanie Lacroix\nProfesseure documentaliste",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="urgent-majuscules-mdp", name="Patricia Giraud", addr="patricia.giraud38@hotmail.fr", client="owa", quote="none", subject="URGENT !!! MOT DE PASSE",
     body="""
g| Bonjour,
fp| JE NE RETROUVE PAS MON MOT DE PASSE POUR MAGISTERE
c| je suis secrétaire au collège de Crémieu et la formation commence lundi.
t| merci de faire vite
""", sig="Patricia Giraud",
     prof="academic", act="reply", why="academic admin staff, forgotten password: guide 1B"),
dict(slug="usmb-etudiante-lien-guichet", name="Manon Viallet", addr="manon.viallet@etu.univ-smb.fr", client="gmail", course=13,
     body="""
g| Bonjour,
c| Étudiante à l'USMB en stage au secrétariat du lycée Vaugelas,
+ l| je ne sais pas quel guichet choisir sur la page de connexion.
""", sig="Manon Viallet",
     prof="university", act="reply", why="USMB student: violet button and her institution's desk, guide step 2 higher-education"),
dict(slug="changer-adresse-mail", name="Yves Roche", addr="yves.roche@wanadoo.fr", client="orange", course=15,
     body="""
g| Bonjour,
o| Pouvez-vous envoyer les prochains messages de la formation à cette adresse plutôt qu'à mon adresse académique ?
c| Je la consulte plus souvent.
""", sig="Yves Roche\nProfesseur de philosophie",
     prof="academic", topics=[], act="escalate", why="asks to change the contact address: human"),
dict(slug="mdp-plusieurs-fois-bloque", name="Karine Faure", addr="karine.faure@ac-grenoble.fr", client="iphone", course=10,
     body="""
g| Bonjour
fp| j'ai tapé trois fois un mauvais mot de passe
+ o| et maintenant mon compte est bloqué.
o| Combien de temps faut il attendre ?
""", sig="Karine Faure, infirmière, collège Pré-Bénit",
     prof="academic", act="escalate", why="locked account and waiting time are not in the guide; password part is 1B"),
]
