// A manual page as data: short French pages for the commands of the simulated host.

export interface ManOption {
  /** `-a, --all` */
  flags: string;
  text: string;
}

export interface ManPage {
  name: string;
  section: number;
  /** One line after the dash in NOM: `afficher le contenu d'un répertoire`. */
  summary: string;
  synopsis: string[];
  description: string[];
  options?: ManOption[];
  examples?: Array<{ command: string; text: string }>;
  seeAlso?: string[];
}
