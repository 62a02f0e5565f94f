/** The form's values and their way into the library: a draft for a new proposal, changes for an edit. */
import type { EditableFields, Proposal } from "../../proposals";

/** Every editable field with a value (contact as "" when empty); the place is not edited here. */
export type FormValues = Omit<Required<EditableFields>, "linkedFeature" | "contact"> & { contact: string };

export function initialValues(p?: Proposal): FormValues {
  return {
    name: p?.name ?? "",
    practices: p?.practices ?? [],
    customPractice: p?.customPractice ?? "",
    description: p?.description ?? "",
    audiences: p?.audiences ?? [],
    days: p?.days ?? [],
    timeText: p?.timeText ?? "",
    needs: p?.needs ?? [],
    contact: p?.contact ?? "",
    status: p?.status ?? "idea",
  };
}

/** The editable fields; an empty contact is left out rather than stored as "". */
export function toFields(values: FormValues): Partial<EditableFields> {
  const { contact, ...rest } = values;
  return contact.trim() === "" ? { ...rest, contact: undefined } : { ...rest, contact };
}

/** Field ids in the order they appear, so the first error gets focus. */
export const FIELD_ORDER = ["name", "practices", "customPractice", "description", "audiences", "days", "timeText", "needs", "contact", "status"] as const;
