/** A term the user added to their own dictionary; matched like a bundled skill, in the app and the CLI. */
export interface UserSkill {
  id: number;
  name: string;
  aliases: string[];
  /** 'custom' unless the user chose another (a dictionary category such as "cloud" or "soft"). */
  category: string;
  createdAt: string;
}
