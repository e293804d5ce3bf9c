// How each fixed value reads to people, one label per value (typed by the enums, so a new value needs its label).
import {
  CLIENT_STATUSES, type ClientStatus, CONTACT_ROLES, type ContactRole, MEMBER_ROLES, type MemberRole, REMINDER_TONES, type ReminderTone,
} from '../../db/enums';

export { CLIENT_STATUSES, CONTACT_ROLES, MEMBER_ROLES, REMINDER_TONES };

export const STATUS_LABELS: Record<ClientStatus, string> = { lead: 'Lead', active: 'Active', inactive: 'Inactive', past: 'Past' };

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  decision_maker: 'Decision maker', project_manager: 'Project manager', finance: 'Finance', technical_lead: 'Technical lead', other: 'Other',
};

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = { owner: 'Owner', admin: 'Admin', manager: 'Manager', member: 'Member' };

export const REMINDER_TONE_LABELS: Record<ReminderTone, string> = { friendly: 'Friendly', neutral: 'Neutral', firm: 'Firm' };

/** The label of a stored value, or the value itself when it is not one of the set (old data). */
export const labelOf = <K extends string>(labels: Record<K, string>, value: string | null | undefined): string =>
  value ? ((labels as Record<string, string>)[value] ?? value) : '';
