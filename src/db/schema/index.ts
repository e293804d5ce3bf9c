// The whole data model. Every table carries workspace_id: one deployment serves several teams and no
// query may cross them. Money is stored in minor units (cents); dates a person types are 'YYYY-MM-DD' text.
// One file per area; drizzle-kit reads this folder (drizzle.config.ts) and every import of '.../db/schema' lands here.
export * from './workspaces';
export * from './clients';
export * from './billing';
export * from './activity';
export * from './conversations';
export * from './access';
export * from './slack';
export * from './messages';
export * from './files';
export * from './follow-ups';
