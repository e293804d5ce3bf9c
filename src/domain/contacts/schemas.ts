// Contact input schemas (keys are the tool contract's).
import { z } from 'zod';
import { CONTACT_ROLES } from '../../db/enums';
import { Ref } from '../normalize/fields';
import { CONTACT_SHAPE } from './contact-fields';

export { CONTACT_ROLES };

export const ContactFields = z.object(CONTACT_SHAPE);

export const AddContactInput = ContactFields.extend({ client: Ref });
export const UpdateContactInput = ContactFields.extend({ client: Ref, contact: Ref });
export const ContactRefInput = z.object({ client: Ref, contact: Ref });
