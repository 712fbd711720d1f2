// French documentation of each Dockerfile instruction, shown on hover and in completion.

export interface InstructionDoc {
  keyword: string;
  /** Forms of the instruction. */
  syntax: string[];
  /** What it does, in French. */
  summary: string;
  example: string;
  /** Snippet inserted by completion (Monaco snippet syntax). */
  snippet: string;
}

const DOCS: InstructionDoc[] = [
  {
    keyword: 'FROM',
    syntax: ['FROM [--platform=<plateforme>] <image>[:<tag>] [AS <nom>]'],
    summary:
      "Choisit l'image de base et commence une étape de construction. Tout Dockerfile commence par FROM (seuls des ARG peuvent le précéder). `FROM scratch` part d'un système de fichiers vide ; `AS nom` nomme l'étape pour un build multi-étapes.",
    example: 'FROM node:22-alpine AS build',
    snippet: 'FROM ${1:image}:${2:tag}',
  },
  {
    keyword: 'RUN',
    syntax: ['RUN <commande>', 'RUN ["exécutable", "argument", …]'],
    summary:
      "Exécute une commande dans un conteneur temporaire construit sur l'image en cours, puis enregistre ses modifications du système de fichiers comme une nouvelle couche. La forme shell passe par /bin/sh -c ; la forme exec (JSON) lance le programme directement.",
    example: 'RUN apt-get update && apt-get install -y curl',
    snippet: 'RUN ${1:commande}',
  },
  {
    keyword: 'CMD',
    syntax: ['CMD ["exécutable", "argument", …]', 'CMD ["argument", …] (avec ENTRYPOINT)', 'CMD commande'],
    summary:
      "Commande lancée par défaut au démarrage d'un conteneur (remplacée par les arguments de docker run). Seul le dernier CMD compte. Préférez la forme exec pour que le programme reçoive les signaux.",
    example: 'CMD ["node", "server.js"]',
    snippet: 'CMD ["${1:programme}", "${2:argument}"]',
  },
  {
    keyword: 'ENTRYPOINT',
    syntax: ['ENTRYPOINT ["exécutable", "argument", …]', 'ENTRYPOINT commande'],
    summary:
      "Programme toujours lancé par le conteneur ; CMD (ou les arguments de docker run) lui sont ajoutés comme arguments. Définir ENTRYPOINT efface le CMD hérité de l'image de base.",
    example: 'ENTRYPOINT ["nginx", "-g", "daemon off;"]',
    snippet: 'ENTRYPOINT ["${1:programme}"]',
  },
  {
    keyword: 'COPY',
    syntax: [
      'COPY [--from=<étape>] [--chown=<utilisateur>:<groupe>] [--chmod=<mode>] <source>… <destination>',
    ],
    summary:
      "Copie des fichiers du contexte de build (ou d'une autre étape avec --from) dans l'image. Une destination terminée par / est un dossier ; un dossier source copie son contenu. Les fichiers exclus par .dockerignore ne sont pas visibles.",
    example: 'COPY package*.json ./',
    snippet: 'COPY ${1:source} ${2:destination}',
  },
  {
    keyword: 'ADD',
    syntax: ['ADD [--chown=<utilisateur>:<groupe>] [--chmod=<mode>] <source>… <destination>'],
    summary:
      'Comme COPY, mais décompresse les archives tar locales dans la destination. Préférez COPY quand vous copiez de simples fichiers.',
    example: 'ADD site.tar.gz /usr/share/nginx/html/',
    snippet: 'ADD ${1:archive.tar.gz} ${2:destination}',
  },
  {
    keyword: 'ENV',
    syntax: ['ENV <nom>=<valeur> …'],
    summary:
      "Définit des variables d'environnement, visibles par les instructions suivantes et dans les conteneurs lancés depuis l'image.",
    example: 'ENV NODE_ENV=production PORT=8080',
    snippet: 'ENV ${1:NOM}=${2:valeur}',
  },
  {
    keyword: 'ARG',
    syntax: ['ARG <nom>[=<valeur par défaut>]'],
    summary:
      "Déclare une variable de build, modifiable avec docker build --build-arg. Elle n'existe que pendant le build (pas dans les conteneurs). Un ARG placé avant FROM sert à paramétrer l'image de base.",
    example: 'ARG NODE_VERSION=22',
    snippet: 'ARG ${1:NOM}=${2:valeur}',
  },
  {
    keyword: 'WORKDIR',
    syntax: ['WORKDIR <chemin>'],
    summary:
      "Fixe le dossier de travail des instructions suivantes (RUN, CMD, COPY relatif…) et des conteneurs ; le crée s'il n'existe pas. Préférez-le à RUN cd, qui ne dure que le temps d'un RUN.",
    example: 'WORKDIR /app',
    snippet: 'WORKDIR ${1:/app}',
  },
  {
    keyword: 'EXPOSE',
    syntax: ['EXPOSE <port>[/<protocole>] …'],
    summary:
      "Documente les ports sur lesquels le conteneur écoute (tcp par défaut). Cela ne publie rien : c'est docker run -p qui publie un port.",
    example: 'EXPOSE 80 443/tcp',
    snippet: 'EXPOSE ${1:80}',
  },
  {
    keyword: 'USER',
    syntax: ['USER <utilisateur>[:<groupe>]'],
    summary:
      "Choisit l'utilisateur des instructions RUN suivantes et du processus du conteneur. Évitez de faire tourner vos applications en root.",
    example: 'USER node',
    snippet: 'USER ${1:utilisateur}',
  },
  {
    keyword: 'VOLUME',
    syntax: ['VOLUME ["<chemin>", …]', 'VOLUME <chemin> …'],
    summary:
      "Déclare des dossiers dont les données vivent hors de la couche du conteneur : Docker y monte un volume anonyme si vous n'en fournissez pas.",
    example: 'VOLUME /var/lib/postgresql/data',
    snippet: 'VOLUME ${1:/data}',
  },
  {
    keyword: 'LABEL',
    syntax: ['LABEL <clé>=<valeur> …'],
    summary:
      "Ajoute des métadonnées à l'image (auteur, version, description…), visibles avec docker image inspect.",
    example: 'LABEL org.opencontainers.image.authors="equipe@exemple.fr"',
    snippet: 'LABEL ${1:cle}="${2:valeur}"',
  },
  {
    keyword: 'HEALTHCHECK',
    syntax: ['HEALTHCHECK [--interval=…] [--timeout=…] [--retries=…] CMD <commande>', 'HEALTHCHECK NONE'],
    summary:
      'Indique comment vérifier que le conteneur fonctionne : Docker lance la commande régulièrement et marque le conteneur healthy ou unhealthy. NONE désactive la vérification héritée.',
    example: 'HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1',
    snippet: 'HEALTHCHECK --interval=${1:30s} CMD ${2:commande}',
  },
  {
    keyword: 'STOPSIGNAL',
    syntax: ['STOPSIGNAL <signal>'],
    summary: 'Signal envoyé au processus principal par docker stop (SIGTERM par défaut).',
    example: 'STOPSIGNAL SIGQUIT',
    snippet: 'STOPSIGNAL ${1:SIGTERM}',
  },
  {
    keyword: 'SHELL',
    syntax: ['SHELL ["exécutable", "argument", …]'],
    summary:
      'Change le shell utilisé par les formes shell de RUN, CMD et ENTRYPOINT (par défaut ["/bin/sh", "-c"]).',
    example: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    snippet: 'SHELL ["${1:/bin/bash}", "-c"]',
  },
  {
    keyword: 'ONBUILD',
    syntax: ['ONBUILD <instruction>'],
    summary:
      "Enregistre une instruction qui s'exécutera plus tard, au build d'une image construite FROM celle-ci.",
    example: 'ONBUILD COPY . /app',
    snippet: 'ONBUILD ${1:instruction}',
  },
  {
    keyword: 'MAINTAINER',
    syntax: ['MAINTAINER <nom>'],
    summary: 'Obsolète : indiquez plutôt l\'auteur avec LABEL org.opencontainers.image.authors="…".',
    example: 'LABEL org.opencontainers.image.authors="Jeanne Dupont"',
    snippet: 'MAINTAINER ${1:nom}',
  },
];

export const INSTRUCTION_DOCS: ReadonlyMap<string, InstructionDoc> = new Map(DOCS.map((d) => [d.keyword, d]));

/** Markdown shown when hovering an instruction keyword (any case), or null. */
export function hoverMarkdown(word: string): string | null {
  const doc = INSTRUCTION_DOCS.get(word.toUpperCase());
  if (!doc) return null;
  const forms = doc.syntax.map((s) => '    ' + s).join('\n');
  return `**${doc.keyword}**\n\n${doc.summary}\n\n${forms}\n\nExemple :\n\n    ${doc.example}`;
}
