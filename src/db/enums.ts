// The fixed value sets of the model, declared once: the schema's column enums, the domain's zod enums, the
// tools' schemas and every select and label derive from these (labels: src/domain/clients/client-fields.ts).
export const MEMBER_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
export const CLIENT_STATUSES = ['lead', 'active', 'inactive', 'past'] as const;
export const CONTACT_ROLES = ['decision_maker', 'project_manager', 'finance', 'technical_lead', 'other'] as const;
export const REMINDER_TONES = ['friendly', 'neutral', 'firm'] as const;

export type MemberRole = (typeof MEMBER_ROLES)[number];
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type ReminderTone = (typeof REMINDER_TONES)[number];
