# Batch 13: hand-laid bodies: answers typed between the quoted lines, bottom-posting, quote only.
def M(slug, name, addr, client, body, profile, topics, action, why, clauses, **kw):
    d = dict(slug=slug, name=name, addr=addr, client=client, text="", body=body,
             labels=dict(profile=profile, topics=topics, action=action, why=why, clauses=clauses))
    d.update(html=False, month=11, to="EAFC Grenoble <formation-magistere@ac-grenoble.fr>")
    d.update(kw)
    return d

MESSAGES = [
M("inline-iphone-entre-lignes", "Regine Barbier", "regine.barbier@ac-grenoble.fr", "iphone",
  "Envoyé de mon iPhone\n\n> Le 16 nov. 2026 à 10:12, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :\n>\n> Bonjour,\n>\n"
  "> Vous êtes inscrit(e) à la formation « Enseigner la lecture au CP » proposée\n> par l'École académique de la formation continue (EAFC) de l'académie de\n> Grenoble.\n>\n"
  "> Une partie de cette formation se déroule à distance sur la plateforme\n> M@gistère. Pour rejoindre le parcours :\n> 1. connectez-vous sur {PORTAL}\n\n"
  "jai essayé ca marche pas mdp refusé\n\n> 2. choisissez le bouton de connexion qui correspond à votre compte ;\n\nc lequel le bouton\n\n"
  "> 3. cliquez sur le titre de la formation dans la liste de vos parcours.\n>\n> Bien cordialement,\n> L'équipe EAFC Grenoble\n",
  "academic", ["forgotten_password", "login"], "reply", "answers typed between the quoted steps: password refused, which button",
  [("jai essayé ca marche pas mdp refusé", "forgotten_password"), ("c lequel le bouton", "login")],
  day=17, hour=18, course="Enseigner la lecture au CP"),
M("inline-gmail-etape3", "Omar Toumi", "omar.toumi@ac-grenoble.fr", "gmail_android",
  "Le lun. 23 nov. 2026, 14:05, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :\n\n"
  "> Pour rejoindre le parcours :\n> 1. connectez-vous sur {PORTAL}\n\nok fait\n\n"
  "> 2. choisissez le bouton de connexion qui correspond à votre compte ;\n\nok\n\n"
  "> 3. cliquez sur le titre de la formation dans la liste de vos parcours.\n\nya rien dans la liste\n\n"
  "> Bien cordialement,\n> L'équipe EAFC Grenoble\n",
  "academic", ["find_course"], "reply", "inline: steps 1 and 2 done, nothing in the list",
  [("ok fait", "context"), ("ok", "context"), ("ya rien dans la liste", "find_course")],
  day=23, hour=20, course="Enseigner les sciences au cycle 3", subject="Re: Invitation : Enseigner les sciences au cycle 3"),
M("bottom-orange-sous-citation", "Denise Chauvin", "denise.chauvin@orange.fr", "orange",
  "> Message du 20/11/26 11:30\n> De : \"EAFC Grenoble\" <formation-magistere@ac-grenoble.fr>\n> A : denise.chauvin@orange.fr\n"
  "> Copie à : \n> Objet : Invitation : Parents délégués : rôle et missions\n>\n> Bonjour,\n>\n"
  "> Vous êtes inscrit(e) à la formation « Parents délégués : rôle et missions »\n> proposée par l'École académique de la formation continue (EAFC) de\n> l'académie de Grenoble.\n>\n"
  "> Bien cordialement,\n> L'équipe EAFC Grenoble\n\n\nbonjour je nai pas de nom d utilisateur merci\n",
  "other", ["forgotten_username"], "reply", "bottom-posted under the quote: guest with no username",
  [("bonjour", "greeting"), ("je nai pas de nom d utilisateur", "forgotten_username"), ("merci", "thanks")],
  day=21, hour=9, course="Parents délégués : rôle et missions", cs="iso-8859-1"),
M("quote-seul-samsung", "Arthur Bailly", "arthur.bailly@ac-grenoble.fr", "samsung",
  "\n\n\nEnvoyé depuis mon appareil Galaxy\n\n\n-------- Message d'origine --------\nDe : EAFC Grenoble <formation-magistere@ac-grenoble.fr> \n"
  "Date : 18/11/2026 09:41 (GMT+01:00) \nÀ : arthur.bailly@ac-grenoble.fr \nObjet : Invitation : Sécurité en atelier \n\nBonjour,\n\n"
  "Vous êtes inscrit(e) à la formation « Sécurité en atelier » proposée par\nl'École académique de la formation continue (EAFC) de l'académie de Grenoble.\n\n"
  "Bien cordialement,\nL'équipe EAFC Grenoble\n",
  "academic", [], "ignore", "reply sent with nothing typed (pocket send): nothing is asked", [],
  day=19, hour=12, course="Sécurité en atelier"),
M("inline-yahoo-majuscules", "Louis Brunet", "louis.brunet@yahoo.fr", "yahoo",
  "Envoyé de Yahoo Mail pour Android\n\n   Le jeudi 26 novembre 2026 à 15:20:11 UTC+1, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :  \n"
  "    Bonjour,\n\n    Vous êtes inscrit(e) à la formation « Intervenants en éducation routière »\n"
  "    Pour rejoindre le parcours :\n    1. connectez-vous sur {PORTAL}\n\nJE PEUX PAS ME CONNECTER C TOUJOURS ERREUR\n\n"
  "    2. choisissez le bouton de connexion qui correspond à votre compte ;\n    3. cliquez sur le titre de la formation dans la liste de vos parcours.\n",
  "other", ["login"], "reply", "capitals typed inside the indented quote: guest cannot log in",
  [("JE PEUX PAS ME CONNECTER C TOUJOURS ERREUR", "login")], day=27, hour=8, course="Intervenants en éducation routière"),
M("inline-outlook-date-question", "Celine Vidal", "celine.vidal@ac-grenoble.fr", "outlook_ios",
  "Voir mes réponses dans le texte\n\nObtenir Outlook pour iOS<https://aka.ms/o0ukef>\n________________________________\n"
  "De : EAFC Grenoble <formation-magistere@ac-grenoble.fr>\nEnvoyé : mardi 24 novembre 2026 08:55\nÀ : celine.vidal@ac-grenoble.fr\n"
  "Objet : Invitation : Coordonner une ULIS\n\nBonjour,\n\nVous êtes inscrit(e) à la formation « Coordonner une ULIS »\n"
  "[CV] c'est quand le présentiel ?\n\nPour rejoindre le parcours :\n1. connectez-vous sur {PORTAL}\n"
  "[CV] je n'ai plus mon mot de passe\n2. choisissez le bouton de connexion qui correspond à votre compte ;\n"
  "3. cliquez sur le titre de la formation dans la liste de vos parcours.\n\nBien cordialement,\nL'équipe EAFC Grenoble\n",
  "academic", ["forgotten_password"], "escalate", "answers marked [CV] inside the quote: date (not guide) and password",
  [("Voir mes réponses dans le texte", "context"), ("c'est quand le présentiel ?", "other_request"), ("je n'ai plus mon mot de passe", "forgotten_password")],
  day=24, hour=19, course="Coordonner une ULIS"),
M("bottom-iphone-merci", "Noe Garcia", "noe.garcia@etu.univ-grenoble-alpes.fr", "iphone",
  "> Le 19 nov. 2026 à 16:02, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :\n>\n> Bonjour,\n>\n"
  "> Vous êtes inscrit(e) à la formation « Préparer le stage en établissement »\n>\n> Bien cordialement,\n> L'équipe EAFC Grenoble\n\n"
  "ok merci cest bon jai trouvé avec mon compte uga\n\nEnvoyé de mon iPhone\n",
  "university", [], "ignore", "bottom-posted: found it with the UGA account",
  [("ok merci", "thanks"), ("cest bon jai trouvé avec mon compte uga", "context")],
  day=20, hour=22, course="Préparer le stage en établissement"),
M("inline-gmail-ios-numen", "Hanna Weber", "hanna.weber@ac-grenoble.fr", "gmail_ios",
  "> Par défaut, votre mot de passe est votre NUMEN\n\nc quoi le numen ?? jai pas encore de mdp\n\n"
  "Le mer. 25 nov. 2026 à 10:31, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :\n\n"
  "> Bonjour,\n> Vous êtes inscrit(e) à la formation « Entrer dans le métier : contractuels »\n> Bien cordialement,\n> L'équipe EAFC Grenoble\n",
  "academic", ["forgotten_password"], "escalate", "quotes the guide's sentence and asks what a NUMEN is: the guide does not explain it",
  [("c quoi le numen ??", "other_request"), ("jai pas encore de mdp", "forgotten_password")],
  day=26, hour=7, course="Entrer dans le métier : contractuels"),
]
