// The agent, the registry and the domain verbs this channel drives, loaded on first use so the receiver
// (signing, dedupe, acks) never waits on the agent's module graph.
export const loadAgent = () => import('../../agent/run-agent');
export const loadUndo = () => import('../../agent/undo');
export const loadRegistry = () => import('../../../tools/index');
export const loadClientViews = () => import('../../domain/clients/get-client-view');
export const loadCreateClient = () => import('../../domain/clients/create-client');
export const loadUpdateClient = () => import('../../domain/clients/update-client');
export const loadAddContact = () => import('../../domain/contacts/add-contact');
export const loadProposalReader = () => import('./read-message-proposal');
