import type { Partner, PartnerInput, PartnerType } from '../types';

// Client-side hints copied from openapi.yaml (PartnerInput and Postcode). The server is the
// authority; these only give quicker feedback. A test checks they still match the contract.
export const REGISTERED_NUMBER_PATTERN = '^[A-Za-z0-9-]+$';
export const POSTCODE_PATTERN = '^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*$';
export const PHONE_PATTERN = '^[0-9 +()-]{6,30}$';

const registeredRe = new RegExp(REGISTERED_NUMBER_PATTERN);
const postcodeRe = new RegExp(POSTCODE_PATTERN);
const phoneRe = new RegExp(PHONE_PATTERN);
const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const PARTNER_FIELDS = [
  'name',
  'type',
  'description',
  'website',
  'registeredNumber',
  'address',
  'postcode',
  'contactName',
  'email',
  'phone',
] as const satisfies readonly (keyof PartnerInput)[];

export type PartnerField = (typeof PARTNER_FIELDS)[number];

export function isPartnerField(field: string): field is PartnerField {
  return (PARTNER_FIELDS as readonly string[]).includes(field);
}

/** What people type into the form, before it becomes a {@link PartnerInput}. */
export type PartnerFormValues = Record<Exclude<PartnerField, 'type'>, string> & { type: PartnerType | '' };

export type PartnerFormErrors = Partial<Record<PartnerField, string>>;

/** "calderdale.gov.uk" → "https://calderdale.gov.uk"; an address with a scheme is left alone. */
export function normaliseWebsite(raw: string): string {
  const value = raw.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  return `https://${value}`;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Quick checks from the contract; returns the errors by field (empty when all is well). */
export function checkPartnerForm(values: PartnerFormValues): PartnerFormErrors {
  const errors: PartnerFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Enter the organisation’s name';
  else if (name.length > 200) errors.name = 'The name must be 200 characters or fewer';

  if (values.type === '') errors.type = 'Choose the kind of organisation';

  if (values.description.length > 4000) errors.description = 'The description must be 4,000 characters or fewer';

  const website = normaliseWebsite(values.website);
  if (website !== '' && (!isWebAddress(website) || website.length > 500))
    errors.website = 'Enter a web address starting with http:// or https://, like https://example.org';

  const registeredNumber = values.registeredNumber.trim();
  if (registeredNumber !== '' && (registeredNumber.length > 20 || !registeredRe.test(registeredNumber)))
    errors.registeredNumber = 'Use up to 20 letters, numbers and hyphens, like 1123456 or SC012345';

  if (values.address.length > 500) errors.address = 'The address must be 500 characters or fewer';

  const postcode = values.postcode.trim();
  if (postcode !== '' && !postcodeRe.test(postcode)) errors.postcode = 'Enter a UK postcode, like HX1 1UN';

  if (values.contactName.trim().length > 200) errors.contactName = 'The contact name must be 200 characters or fewer';

  const email = values.email.trim();
  if (email !== '' && (email.length > 254 || !emailRe.test(email)))
    errors.email = 'Enter an email address in the right format, like name@example.org';

  const phone = values.phone.trim();
  if (phone !== '' && !phoneRe.test(phone))
    errors.phone = 'Enter a phone number of 6 to 30 digits, spaces, brackets, plus or hyphens, like 01422 288001';

  return errors;
}

/** The request body. Empty optional fields are left out, as the contract asks. */
export function toPartnerInput(values: PartnerFormValues): PartnerInput {
  if (values.type === '') throw new Error('toPartnerInput() needs a type; call checkPartnerForm() first.');
  const input: PartnerInput = { name: values.name.trim(), type: values.type };
  const optional = (value: string) => {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const description = optional(values.description);
  if (description) input.description = description;
  const website = optional(normaliseWebsite(values.website));
  if (website) input.website = website;
  const registeredNumber = optional(values.registeredNumber);
  if (registeredNumber) input.registeredNumber = registeredNumber;
  const address = optional(values.address);
  if (address) input.address = address;
  const postcode = optional(values.postcode);
  if (postcode) input.postcode = postcode.toUpperCase().replace(/\s+/g, ' ');
  const contactName = optional(values.contactName);
  if (contactName) input.contactName = contactName;
  const email = optional(values.email);
  if (email) input.email = email;
  const phone = optional(values.phone);
  if (phone) input.phone = phone;
  return input;
}

export function toPartnerFormValues(partner?: Partner | PartnerInput): PartnerFormValues {
  return {
    name: partner?.name ?? '',
    type: partner?.type ?? '',
    description: partner?.description ?? '',
    website: partner?.website ?? '',
    registeredNumber: partner?.registeredNumber ?? '',
    address: partner?.address ?? '',
    postcode: partner?.postcode ?? '',
    contactName: partner?.contactName ?? '',
    email: partner?.email ?? '',
    phone: partner?.phone ?? '',
  };
}
