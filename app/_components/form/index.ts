// The one form kit (GOV.UK / Canada's forms service patterns): every form of the portal is built from these.
// Values refill from ActionState.values, errors from ActionState.errors (lib/form/action-state.ts); an area
// never defines its own field. Plain components except ErrorSummary and RepeatableRows (client, for focus
// and adding rows), all usable from server and client components.
export { FieldShell, FieldError, FieldHint, fieldId, describedBy, type FieldProps } from "./field-shell";
export { TextField, TextArea, type TextFieldType } from "./text-field";
export { SelectField, type SelectOption } from "./select-field";
export { CheckboxField, CheckboxGroup, RadioGroup, type ChoiceOption } from "./choice-fields";
export { FileField } from "./file-field";
export { RepeatableRows, type RowField } from "./repeatable-rows";
export { SubmitButton, type ButtonVariant } from "./submit-button";
export { ErrorSummary } from "./error-summary";
export { FormStatus } from "./form-status";
export { Flash } from "./flash";
