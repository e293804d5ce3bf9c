// Contact input schemas (keys are the tool contract's).
import { z } from 'zod';
import { optEmail, optPhone, optText, Ref } from '../normalize/fields';

import { CONTACT_ROLES } from '../../db/enums';

export { CONTACT_ROLES };

const flag = z.boolean({ error: 'must be true or false' }).optional();

export const ContactFields = z.object({
  name: optText(200),
  email: optEmail,
  phone: optPhone,
  jobTitle: optText(120),
  // "Decision maker", "decision-maker" -> decision_maker
  role: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s-]+/g, '_') : v),
    z.enum(CONTACT_ROLES, { error: `must be one of ${CONTACT_ROLES.join(', ')}` })).nullish(),
  primary: flag,
  billingDefault: flag,
  portalEnabled: flag,
});

export const AddContactInput = ContactFields.extend({ client: Ref });
export const UpdateContactInput = ContactFields.extend({ client: Ref, contact: Ref });
export const ContactRefInput = z.object({ client: Ref, contact: Ref });
