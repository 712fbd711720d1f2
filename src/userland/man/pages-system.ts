// Pages for the commands about processes, users and the system, and the editors.

import type { ManPage } from './types';

export const SYSTEM_PAGES: ManPage[] = [
  {
    name: 'ps',
    section: 1,
    summary: 'afficher les processus',
    synopsis: ['ps [OPTIONS]'],
    description: [
      'Sans option, affiche les processus du terminal courant. Chaque processus a un numéro (PID) ; dans un conteneur, le premier processus a le PID 1.',
    ],
    options: [
      {
        flags: 'aux',
        text: 'tous les processus, avec leur utilisateur et leur commande complète (syntaxe BSD, sans tiret)',
      },
      { flags: '-e, -A', text: 'tous les processus' },
      { flags: '-f', text: 'format complet : UID, PID, PID du parent (PPID), heure de démarrage, commande' },
    ],
    examples: [{ command: 'ps aux', text: 'tout ce qui tourne sur la machine' }],
    seeAlso: ['kill(1)', 'docker-top(1)'],
  },
  {
    name: 'kill',
    section: 1,
    summary: 'envoyer un signal à un processus',
    synopsis: ['kill [-s SIGNAL | -SIGNAL] PID...', 'kill -l [SIGNAL]'],
    description: [
      "Envoie SIGNAL (TERM par défaut) à chaque processus. TERM demande poliment l'arrêt ; KILL (9) l'impose sans que le processus puisse réagir ; INT est ce qu'envoie Ctrl-C.",
    ],
    options: [
      { flags: '-s SIGNAL, -SIGNAL', text: 'le signal, par nom (TERM, KILL, HUP…) ou par numéro' },
      { flags: '-l', text: 'lister les signaux' },
    ],
    examples: [{ command: 'kill -9 1234', text: 'arrêter de force le processus 1234' }],
    seeAlso: ['ps(1)', 'docker-kill(1)'],
  },
  {
    name: 'env',
    section: 1,
    summary: "afficher l'environnement ou lancer une commande dans un environnement modifié",
    synopsis: ['env [OPTION]... [NOM=VALEUR]... [COMMANDE [ARGUMENT]...]'],
    description: [
      "Sans COMMANDE, affiche les variables d'environnement. Sinon, lance COMMANDE avec les variables NOM=VALEUR en plus.",
    ],
    options: [
      { flags: '-i, --ignore-environment', text: "partir d'un environnement vide" },
      { flags: '-u, --unset=NOM', text: 'retirer la variable NOM' },
    ],
    examples: [{ command: 'env LANG=fr_FR.UTF-8 date', text: 'lancer une commande avec une autre langue' }],
    seeAlso: ['printenv(1)', 'export(1)'],
  },
  {
    name: 'which',
    section: 1,
    summary: "trouver le fichier d'une commande",
    synopsis: ['which [-a] COMMANDE...'],
    description: [
      'Affiche le chemin du programme que le shell lancerait pour COMMANDE, en cherchant dans les répertoires de la variable PATH.',
    ],
    options: [{ flags: '-a', text: 'afficher tous les programmes trouvés, pas seulement le premier' }],
    seeAlso: ['type(1)'],
  },
  {
    name: 'id',
    section: 1,
    summary: "afficher l'identité d'un utilisateur",
    synopsis: ['id [OPTION]... [UTILISATEUR]'],
    description: [
      "Affiche les numéros et noms de l'utilisateur (uid), de son groupe principal (gid) et de ses groupes.",
    ],
    options: [
      { flags: '-u, -g, -G', text: "seulement l'uid, le gid, ou les groupes" },
      { flags: '-n', text: 'avec -u, -g ou -G : les noms au lieu des numéros' },
    ],
    seeAlso: ['whoami(1)', 'chown(1)'],
  },
  {
    name: 'date',
    section: 1,
    summary: "afficher la date et l'heure",
    synopsis: ['date [OPTION]... [+FORMAT]'],
    description: ["Affiche la date et l'heure courantes, ou celles données par -d, dans le FORMAT demandé."],
    options: [
      { flags: '-u, --utc', text: 'en temps universel (UTC)' },
      {
        flags: '-d, --date=CHAÎNE',
        text: 'la date décrite par CHAÎNE (« 2024-03-05 07:08 », « yesterday », « 2 days ago », « @1700000000 »)',
      },
      {
        flags: '+FORMAT',
        text: '%Y année, %m mois, %d jour, %H heure, %M minute, %S seconde, %s secondes depuis 1970, %A jour de la semaine',
      },
    ],
    examples: [
      { command: 'date +%Y-%m-%d', text: 'la date au format ISO, pratique pour nommer une sauvegarde' },
    ],
    seeAlso: ['sleep(1)'],
  },
  {
    name: 'sleep',
    section: 1,
    summary: 'attendre un certain temps',
    synopsis: ['sleep NOMBRE[SUFFIXE]...'],
    description: [
      "Attend NOMBRE secondes (s), minutes (m), heures (h) ou jours (d). Plusieurs durées s'additionnent. Ctrl-C interrompt l'attente.",
    ],
    examples: [{ command: 'sleep 1m 30s', text: 'attendre une minute et demie' }],
    seeAlso: ['date(1)'],
  },
  {
    name: 'man',
    section: 1,
    summary: 'afficher les pages de manuel',
    synopsis: ['man PAGE'],
    description: [
      'Affiche la page de manuel de PAGE. Les pages de Baleine sont courtes et en français ; les pages complètes du système réel sont en anglais, en ligne ou avec COMMANDE --help.',
    ],
    examples: [{ command: 'man ls', text: 'la page de ls' }],
  },
  {
    name: 'nano',
    section: 1,
    summary: 'éditeur de texte simple',
    synopsis: ['nano [FICHIER]'],
    description: [
      "Ouvre FICHIER pour le modifier dans le terminal. Tapez le texte directement ; les flèches déplacent le curseur. Les raccourcis sont rappelés en bas de l'écran (^ signifie Ctrl).",
    ],
    options: [
      { flags: 'Ctrl-O', text: 'enregistrer le fichier' },
      { flags: 'Ctrl-X', text: "quitter (nano propose d'enregistrer les modifications)" },
      { flags: 'Ctrl-K', text: 'couper la ligne courante' },
    ],
    seeAlso: ['vi(1)'],
  },
  {
    name: 'vi',
    section: 1,
    summary: 'éditeur de texte modal',
    synopsis: ['vi [FICHIER]'],
    description: [
      'Ouvre FICHIER en mode commande : les touches sont des commandes. i passe en mode insertion pour taper du texte, Échap revient au mode commande. Les commandes qui commencent par : se valident avec Entrée.',
    ],
    options: [
      { flags: 'i, a, o', text: 'insérer avant le curseur, après, ou sur une nouvelle ligne' },
      { flags: 'x, dd', text: 'supprimer le caractère, la ligne' },
      { flags: 'h j k l', text: 'gauche, bas, haut, droite (les flèches marchent aussi)' },
      { flags: ':w', text: 'enregistrer' },
      { flags: ':q', text: 'quitter ; :q! quitter sans enregistrer ; :wq enregistrer et quitter' },
    ],
    seeAlso: ['nano(1)'],
  },
];
