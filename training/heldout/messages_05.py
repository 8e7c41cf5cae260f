# Batch 05
MESSAGES = [
dict(slug="uga-etudiante-compte-pas-active-b64", name="Chloé Barbier", addr="chloe.barbier@etu.univ-grenoble-alpes.fr", client="gmail", c=11, fmt="alt", cte="b64",
     body="""Bonjour,

Je suis en L3 à l'UGA, tutrice en méthodologie. Je n'ai jamais activé mon compte étudiant UGA (je passe par mon adresse perso pour tout), donc je n'ai pas de mot de passe pour le guichet de l'université. Comment faire ?

Merci !
Chloé""",
     a="r", why="UGA student without an activated institution password: the guide says the institution provides the identifiers",
     cl=[("g", "Bonjour,"), ("c", "Je suis en L3 à l'UGA, tutrice en méthodologie."),
         ("fp", "Je n'ai jamais activé mon compte étudiant UGA (je passe par mon adresse perso pour tout), donc je n'ai pas de mot de passe pour le guichet de l'université."),
         ("fp", "Comment faire ?"), ("t", "Merci !")]),

dict(slug="usmb-guichet-nom-exact", name="Benoît Caron", addr="benoit.caron@univ-smb.fr", client="thunderbird", c=11,
     body="""Bonjour,

Dans la page de sélection du guichet, je vois « SUPIDP - Université Grenoble Alpes » et « SUPIDP - Grenoble INP », mais pas l'USMB. Est-ce que je dois en choisir un autre ? Je suis enseignant-chercheur à Annecy.

Merci""",
     sig="--\nBenoît Caron\nIUT d'Annecy - USMB",
     a="r", why="USMB lecturer at the portal selection step: university login section (choose your institution's portal)",
     cl=[("g", "Bonjour,"),
         ("l", "Dans la page de sélection du guichet, je vois « SUPIDP - Université Grenoble Alpes » et « SUPIDP - Grenoble INP », mais pas l'USMB."),
         ("l", "Est-ce que je dois en choisir un autre ?"), ("c", "Je suis enseignant-chercheur à Annecy."), ("t", "Merci")]),

dict(slug="uga-biatss-deux-comptes-lequel", name="Nathalie Giroud", addr="nathalie.giroud@univ-grenoble-alpes.fr", client="owa", c=12, fmt="alt",
     body="""Bonjour,

Je suis gestionnaire RH à l'UGA. J'ai reçu deux courriels : votre invitation, et un message de M@gistère avec un nom d'utilisateur « invité » et un mot de passe. Or j'ai aussi mon compte UGA. Lequel dois-je utiliser pour me connecter ? J'ai peur que mon suivi soit enregistré sur le mauvais compte.

Cordialement,""",
     sig="Nathalie Giroud\nDGD RH - Université Grenoble Alpes",
     a="e", why="has both a guest account and a UGA account and asks which one holds her enrolment: someone must check the enrolment",
     cl=[("g", "Bonjour,"), ("c", "Je suis gestionnaire RH à l'UGA."),
         ("c", "J'ai reçu deux courriels : votre invitation, et un message de M@gistère avec un nom d'utilisateur « invité » et un mot de passe."),
         ("c", "Or j'ai aussi mon compte UGA."), ("l", "Lequel dois-je utiliser pour me connecter ?"),
         ("o", "J'ai peur que mon suivi soit enregistré sur le mauvais compte."), ("g", "Cordialement,")]),

dict(slug="uga-etudiant-ects", name="Maxime Rolland", addr="maxime.rolland@etu.univ-grenoble-alpes.fr", client="gmail_mobile", c=11,
     body="""Bonjour est-ce que cette formation donne des ECTS ou une UE libre ? Merci""",
     topics=[], a="e", why="question about credits, not in the guide",
     cl=[("g", "Bonjour"), ("o", "est-ce que cette formation donne des ECTS ou une UE libre ?"), ("t", "Merci")]),

dict(slug="uga-enseignante-supports-anglais", name="Rebecca Stein", addr="rebecca.stein@univ-grenoble-alpes.fr", client="applemail", c=11,
     body="""Hello,

I have logged in without any problem, thanks. Will the course materials also be available in English? Some of my colleagues in the department do not read French.

Best,
Rebecca""",
     topics=[], a="e", why="logged in fine; asks about course materials in English: content question for a human",
     cl=[("g", "Hello,"), ("c", "I have logged in without any problem, thanks."),
         ("o", "Will the course materials also be available in English?"), ("c", "Some of my colleagues in the department do not read French."),
         ("g", "Best,")]),

dict(slug="entreprise-formateur-nom-utilisateur", name="Franck Deschamps", addr="franck.deschamps@se.com", client="outlook", c=9, fmt="alt",
     body="""Bonjour,

Formateur sécurité chez Schneider Electric, j'interviens en partenariat sur le module atelier. J'ai bien mon mot de passe M@gistère mais j'ai perdu le courriel avec mon nom d'utilisateur. Comment le retrouver ?

Cordialement,""",
     sig="Franck Deschamps\nHSE Training Manager\nSchneider Electric - Grenoble",
     a="r", why="private-sector partner with a manual account, forgot only the username: recovery page",
     cl=[("g", "Bonjour,"), ("c", "Formateur sécurité chez Schneider Electric, j'interviens en partenariat sur le module atelier."),
         ("c", "J'ai bien mon mot de passe M@gistère"), ("fu", "mais j'ai perdu le courriel avec mon nom d'utilisateur."),
         ("fu", "Comment le retrouver ?"), ("g", "Cordialement,")]),

dict(slug="geneve-enseignante-invitee-connexion-parcours", name="Aline Favre", addr="aline.favre@edu.ge.ch", client="applemail", c=13, fmt="alt", cte="qp",
     body="""Bonjour,

Enseignante à Genève, je participe à votre formation dans le cadre d'un échange transfrontalier. J'ai reçu un identifiant et un mot de passe M@gistère. Par quel bouton dois-je me connecter, et où trouverai-je ensuite le parcours d'anglais ?

Meilleures salutations,""",
     sig="Aline Favre\nÉcole primaire des Pâquis, Genève",
     a="r", why="cross-border teacher with a manual account: 'Connexion directe' then step 3",
     cl=[("g", "Bonjour,"), ("c", "Enseignante à Genève, je participe à votre formation dans le cadre d'un échange transfrontalier."),
         ("c", "J'ai reçu un identifiant et un mot de passe M@gistère."), ("l", "Par quel bouton dois-je me connecter,"),
         ("fc", "et où trouverai-je ensuite le parcours d'anglais ?"), ("g", "Meilleures salutations,")]),

dict(slug="retraite-ancien-compte-academique", name="Michel Bouchet", addr="michel.bouchet38@hotmail.fr", client="outlook", c=7,
     body="""Bonjour,

Jeune retraité (professeur des écoles jusqu'en juin), je suis tuteur bénévole pour des étudiants. J'ai essayé de me connecter avec mon ancien identifiant académique mais il ne fonctionne plus depuis ma retraite. Avec quels identifiants dois-je me connecter maintenant ?

Merci,
Michel Bouchet""",
     a="r", why="retired, no longer has an academic account -> other (manual account); which identifiers and how to log in: 'autre cas'",
     cl=[("g", "Bonjour,"), ("c", "Jeune retraité (professeur des écoles jusqu'en juin), je suis tuteur bénévole pour des étudiants."),
         ("l", "J'ai essayé de me connecter avec mon ancien identifiant académique mais il ne fonctionne plus depuis ma retraite."),
         ("fu", "Avec quels identifiants dois-je me connecter maintenant ?"), ("t", "Merci,")]),

dict(slug="mutee-de-creteil-identifiant-grenoble", name="Yasmina Djebbar", addr="yasmina.djebbar@ac-creteil.fr", client="zimbra", c=0, fmt="alt",
     body="""Bonjour,

J'ai été mutée de l'académie de Créteil vers celle de Grenoble à la rentrée (école Jean Jaurès de Pontcharra) et j'utilise encore mon ancienne adresse. Je ne connais pas mon identifiant académique grenoblois. Comment le retrouver ? J'ai mon NUMEN.

Merci,
Yasmina Djebbar""",
     p="a", a="r", why="now a teacher of the académie de Grenoble (old Créteil address): academic; unknown identifier with NUMEN, section A",
     cl=[("g", "Bonjour,"),
         ("c", "J'ai été mutée de l'académie de Créteil vers celle de Grenoble à la rentrée (école Jean Jaurès de Pontcharra) et j'utilise encore mon ancienne adresse."),
         ("fu", "Je ne connais pas mon identifiant académique grenoblois."), ("fu", "Comment le retrouver ?"), ("c", "J'ai mon NUMEN."),
         ("t", "Merci,")]),

dict(slug="partenaire-attestation-employeur", name="Caroline Mathieu", addr="c.mathieu@ifsi-chambery.fr", client="outlook", c=15, fmt="alt",
     body="""Bonjour,

Infirmière formatrice à l'IFSI de Chambéry, j'ai terminé le parcours PSC1. Mon employeur me demande une attestation de formation pour mon dossier. Pouvez-vous me l'envoyer ?

Bien à vous,""",
     sig="Caroline Mathieu",
     topics=[], a="e", why="certificate request: human",
     cl=[("g", "Bonjour,"), ("c", "Infirmière formatrice à l'IFSI de Chambéry, j'ai terminé le parcours PSC1."),
         ("o", "Mon employeur me demande une attestation de formation pour mon dossier."), ("o", "Pouvez-vous me l'envoyer ?"), ("g", "Bien à vous,")]),

dict(slug="guide-ne-correspond-pas-ecran", name="Jérôme Lambert", addr="jerome.lambert@ac-grenoble.fr", client="outlook", c=6, fmt="alt",
     body="""Bonjour,

J'ai lu votre guide, mais ce que je vois à l'écran ne correspond pas : il n'y a pas de bouton bleu ni violet sur la page, seulement un encadré « Se connecter » avec un menu déroulant « Choisir votre profil ». J'ai choisi « Enseignant » et ça tourne dans le vide. Votre guide est-il à jour ?

Cordialement,""",
     sig="Jérôme Lambert\nLycée Louise Michel, Grenoble",
     a="e", why="followed the guide and the login page looks different: the guide does not answer, a human must check",
     cl=[("g", "Bonjour,"), ("c", "J'ai lu votre guide,"),
         ("l", "mais ce que je vois à l'écran ne correspond pas : il n'y a pas de bouton bleu ni violet sur la page, seulement un encadré « Se connecter » avec un menu déroulant « Choisir votre profil »."),
         ("l", "J'ai choisi « Enseignant » et ça tourne dans le vide."), ("o", "Votre guide est-il à jour ?"), ("g", "Cordialement,")]),

dict(slug="deux-comptes-parcours-sur-le-mauvais", name="Aurore Millet", addr="aurore.millet@ac-grenoble.fr", client="zimbra", c=8,
     body="""Bonjour,

J'ai apparemment deux comptes sur M@gistère : mon compte académique, et un compte invité créé l'an dernier quand j'étais encore vacataire. La formation sur le développement durable est sur le compte invité, et pas sur mon compte académique avec lequel je me connecte maintenant. Pouvez-vous la basculer sur le bon compte ?

Merci d'avance""",
     sig="Aurore Millet, HG, collège Vercors, Grenoble",
     a="e", why="course attached to the wrong account: a human must move the enrolment",
     cl=[("g", "Bonjour,"),
         ("c", "J'ai apparemment deux comptes sur M@gistère : mon compte académique, et un compte invité créé l'an dernier quand j'étais encore vacataire."),
         ("fc", "La formation sur le développement durable est sur le compte invité, et pas sur mon compte académique avec lequel je me connecte maintenant."),
         ("o", "Pouvez-vous la basculer sur le bon compte ?"), ("t", "Merci d'avance")]),

dict(slug="etu-gmail-vacances-auto", name="Ambre Lefort", addr="ambre.lefort@etu.univ-grenoble-alpes.fr", client="server", c=11, quote="none", irt=True,
     subject="Réponse automatique : Invitation : Former les formateurs de l'enseignement supérieur à l'hybridation",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     body="""Merci pour votre message. Je suis en stage à l'étranger du 16 novembre au 11 décembre et je consulte peu mes mails. Je vous répondrai dès que possible.""",
     a="i", why="student mailbox vacation reply with auto headers",
     cl=[("r", "Merci pour votre message."), ("r", "Je suis en stage à l'étranger du 16 novembre au 11 décembre et je consulte peu mes mails."),
         ("r", "Je vous répondrai dès que possible.")]),

dict(slug="rebond-x-failed-recipients-texte", name="Mail Delivery System", addr="Mailer-Daemon@smtp.sfr.fr", client="server", c=0, quote="none", return_path="", d="2026-11-02 09:34",
     subject="Undeliverable: Invitation : Évaluer par compétences au cycle 3",
     headers=[("X-Failed-Recipients", "b.galland@sfr.fr"), ("Auto-Submitted", "auto-replied")],
     body="""Delivery has failed to these recipients or groups:

b.galland@sfr.fr
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.""",
     topics=[], a="i", why="bounce with X-Failed-Recipients, null sender",
     cl=[("r", "Delivery has failed to these recipients or groups:"),
         ("r", "The email address you entered couldn't be found.")]),

dict(slug="bien-recu-merci", name="Patricia Lemaire", addr="patricia.lemaire@ac-grenoble.fr", client="owa", c=12,
     body="""Bien reçu, merci.""",
     topics=[], a="i", why="acknowledgement, nothing to answer",
     cl=[("c", "Bien reçu,"), ("t", "merci.")]),

dict(slug="debrouillee-grace-collegue", name="Nadia Benhamou", addr="nadia.benhamou@ac-grenoble.fr", client="samsung", c=1,
     body="""Bonsoir, finalement je me suis débrouillée, une collègue m'a montré comment faire avec le bouton bleu. Bonne soirée à vous""",
     topics=[], a="i", why="closes the matter",
     cl=[("g", "Bonsoir,"), ("c", "finalement je me suis débrouillée, une collègue m'a montré comment faire avec le bouton bleu."), ("s", "Bonne soirée à vous")]),

dict(slug="newsletter-canope-list-unsubscribe", name="Réseau Canopé Isère", addr="newsletter@reseau-canope.fr", client="server", c=None, quote="none", fmt="html",
     to="formation-magistere@ac-grenoble.fr", subject="Vos rendez-vous Canopé de décembre",
     headers=[("List-Unsubscribe", "<https://news.reseau-canope.fr/u?id=55e1>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
     html_body="""<html><body><h1>Vos rendez-vous de décembre</h1><p>Ateliers numériques, expositions et formations à l'Atelier Canopé de Grenoble : découvrez le programme du mois.</p><p><a href="https://news.reseau-canope.fr/u?id=55e1">Se désabonner</a></p></body></html>""",
     body="", topics=[], a="i", why="newsletter with List-Unsubscribe",
     cl=[("r", "Ateliers numériques, expositions et formations à l'Atelier Canopé de Grenoble : découvrez le programme du mois.")]),

dict(slug="yahoo-transfert-une-ligne-invite-mdp", name="Serge Coppel", addr="serge.coppel@yahoo.fr", client="yahoo", c=21, quote="fwd",
     subject="Fwd: Invitation : Découvrir la didactique des sciences (partenaires de l'éducation)",
     body="""Bonjour, je vous renvoie votre message. Je suis intervenant pour l'association Les Petits Débrouillards et j'ai oublié le mot de passe qu'on m'a envoyé pour M@gistère (j'ai toujours le nom d'utilisateur). Comment en recevoir un autre ?
Serge""",
     a="r", why="association speaker with a manual account, forgot password: recovery page",
     cl=[("g", "Bonjour,"), ("c", "je vous renvoie votre message."),
         ("c", "Je suis intervenant pour l'association Les Petits Débrouillards"),
         ("fp", "et j'ai oublié le mot de passe qu'on m'a envoyé pour M@gistère (j'ai toujours le nom d'utilisateur)."),
         ("fp", "Comment en recevoir un autre ?")]),

dict(slug="sms-oubli-identifiant-et-mdp-academique", name="Julien Ravel", addr="julien.ravel@ac-grenoble.fr", client="gmail_mobile", c=2,
     body="""g oubli mon identifiant et mon mdp academique, comment je recup tout ca""",
     a="r", why="academic, forgotten identifier and password: sections A and B",
     cl=[("fu", "g oubli mon identifiant"), ("fp", "et mon mdp academique,"), ("fu", "comment je recup tout ca")],
     topics=["fu", "fp"]),

dict(slug="orange-prof-techno-mauvais-bouton", name="Christine Pellet", addr="christine.pellet@orange.fr", client="orange", c=16, cs="iso-8859-1", cte="qp",
     body="""Bonjour,

Professeure de technologie au collège Les Saules d'Eybens, je n'arrive pas à me connecter : quand je clique sur un bouton « Connexion », on me demande de choisir un établissement d'enseignement supérieur dans une liste, et je ne suis pas à l'université ! Qu'est-ce que je fais de travers ?

Merci
Christine Pellet""",
     p="a", a="r", why="teacher of the académie (orange address) who picked the university button: academic login section (blue button)",
     cl=[("g", "Bonjour,"), ("c", "Professeure de technologie au collège Les Saules d'Eybens,"),
         ("l", "je n'arrive pas à me connecter : quand je clique sur un bouton « Connexion », on me demande de choisir un établissement d'enseignement supérieur dans une liste, et je ne suis pas à l'université !"),
         ("l", "Qu'est-ce que je fais de travers ?"), ("t", "Merci")]),

dict(slug="thunderbird-bas-de-message-parcours", name="Hervé Moulin", addr="herve.moulin@ac-grenoble.fr", client="thunderbird", c=19, quote="bottom",
     body="""Bonjour,

Connecté avec mon compte académique, mais impossible de trouver le parcours EAC dans la liste (j'en ai une vingtaine). Comment le retrouver rapidement ?

Hervé Moulin""",
     a="r", why="academic, bottom-posted; many courses, cannot find this one: step 3 search tool",
     cl=[("g", "Bonjour,"), ("c", "Connecté avec mon compte académique,"),
         ("fc", "mais impossible de trouver le parcours EAC dans la liste (j'en ai une vingtaine)."), ("fc", "Comment le retrouver rapidement ?")]),

dict(slug="guide-pdf-pas-joint", name="Sabine Rossi", addr="sabine.rossi@ac-grenoble.fr", client="outlook", c=20, fmt="alt",
     body="""Bonjour,

Votre message parle d'un guide « Comment rejoindre une e-formation sur M@gistère ? » mais il n'est pas joint. Pouvez-vous me l'envoyer ?

Merci""",
     sig="Sabine Rossi",
     topics=[], a="e", why="asks for a document to be sent: a human request, no connection problem stated",
     cl=[("g", "Bonjour,"), ("c", "Votre message parle d'un guide « Comment rejoindre une e-formation sur M@gistère ? » mais il n'est pas joint."),
         ("o", "Pouvez-vous me l'envoyer ?"), ("t", "Merci")]),

dict(slug="aesh-gmail-mdp-expire", name="Océane Prat", addr="oceane.prat07@gmail.com", client="gmail", c=5, fmt="alt",
     body="""Bonjour,

Je suis AESH au collège de Saint-Marcellin et je me connecte à M@gistère avec mon adresse académique. Ce matin on m'a dit que mon mot de passe était expiré. Comment je peux en mettre un nouveau ?

Merci beaucoup,
Océane""",
     p="a", a="r", why="gmail sender, AESH using her academic account -> academic; expired password: section B reset",
     cl=[("g", "Bonjour,"), ("c", "Je suis AESH au collège de Saint-Marcellin et je me connecte à M@gistère avec mon adresse académique."),
         ("fp", "Ce matin on m'a dit que mon mot de passe était expiré."), ("fp", "Comment je peux en mettre un nouveau ?"),
         ("t", "Merci beaucoup,")]),

dict(slug="points-interrogation-seuls", name="Éloïse Garcin", addr="eloise.garcin@ac-grenoble.fr", client="iphone", c=17,
     body="""??""",
     topics=[], a="e", why="only question marks: unclear",
     cl=[("u", "??")]),

dict(slug="lien-phishing-inquietude", name="Évelyne Roux", addr="evelyne.roux@ac-grenoble.fr", client="outlook", c=13, fmt="alt",
     body="""Bonjour,

On nous a mis en garde contre les courriels frauduleux. Pouvez-vous me confirmer que ce message vient bien de l'EAFC et que le lien magistere.education.fr est sûr avant que je clique dessus ?

Cordialement,""",
     sig="Évelyne Roux\nÉcole maternelle Les Iris, Échirolles",
     topics=[], a="e", why="asks to confirm the invitation is genuine: not a guide topic",
     cl=[("g", "Bonjour,"), ("c", "On nous a mis en garde contre les courriels frauduleux."),
         ("o", "Pouvez-vous me confirmer que ce message vient bien de l'EAFC et que le lien magistere.education.fr est sûr avant que je clique dessus ?"),
         ("g", "Cordialement,")]),
]
