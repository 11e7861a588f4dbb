// The site settings form's schema (department name and contacts shown on every public page); shared by the
// form and the server, no server imports. Messages are Vietnamese: they are shown beside the fields.
import { z } from "zod";

const required = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`);

const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`)
    .default("");

// A phone number may carry an area code in brackets, spaces, dots or dashes and a short note ("máy lẻ 12"),
// so the rule is about its digits: a Vietnamese number has at least 8 (1900xxxx) and at most 15 (E.164).
const digitCount = (s: string) => (s.match(/\d/g) ?? []).length;
const phoneLike = (s: string) => digitCount(s) >= 8 && digitCount(s) <= 15;

export const SETTINGS_FIELDS = ["departmentName", "parentAuthority", "address", "phone", "fax", "email", "editorInChief", "licence"] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export const siteSettingsInput = z.object({
  departmentName: required("tên cơ quan", 200),
  parentAuthority: required("cơ quan chủ quản", 200),
  address: required("địa chỉ", 300),
  phone: required("số điện thoại", 60).refine(phoneLike, "Số điện thoại phải có từ 8 đến 15 chữ số."),
  fax: optional("số fax", 60).refine((s) => s === "" || phoneLike(s), "Số fax phải có từ 8 đến 15 chữ số."),
  email: z
    .string({ error: "Vui lòng nhập email liên hệ." })
    .trim()
    .toLowerCase()
    .min(1, "Vui lòng nhập email liên hệ.")
    .max(254, "Email quá dài.")
    .pipe(z.email("Email không hợp lệ.")),
  editorInChief: optional("người chịu trách nhiệm nội dung", 200),
  licence: optional("giấy phép", 500),
});

export type SiteSettingsInput = z.infer<typeof siteSettingsInput>;

export const SETTINGS_LABELS: Record<SettingsField, string> = {
  departmentName: "Tên cơ quan",
  parentAuthority: "Cơ quan chủ quản",
  address: "Địa chỉ",
  phone: "Điện thoại",
  fax: "Fax",
  email: "Email liên hệ",
  editorInChief: "Chịu trách nhiệm nội dung",
  licence: "Giấy phép / ghi chú pháp lý",
};
