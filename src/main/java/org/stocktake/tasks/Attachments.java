package org.stocktake.tasks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * Checks an uploaded file: size within the limit, an allowed type by name and by content (the
 * first bytes must match the extension), and a file name stripped of any path or control character.
 */
final class Attachments {

    record Checked(String fileName, String contentType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private Attachments() {
    }

    static Checked check(String originalName, byte[] content, long maxBytes) {
        String name = safeName(originalName);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String where = "attachment " + name;
        if (content.length == 0) {
            throw refused(where, "文件为空", "the file is empty");
        }
        if (content.length > maxBytes) {
            throw refused(where, "文件超过 " + maxBytes / 1024 + " KB 的上限", "the file exceeds the " + maxBytes / 1024 + " KB limit");
        }
        if (!TYPES.containsKey(extension)) {
            throw refused(where, "只接受 " + TYPES.keySet() + " 文件", "only " + TYPES.keySet() + " files are accepted");
        }
        if (!contentMatches(extension, content)) {
            throw refused(where, "文件内容与扩展名 ." + extension + " 不符", "the content is not a ." + extension + " file");
        }
        return new Checked(name, TYPES.get(extension));
    }

    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? "attachment" : name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static boolean contentMatches(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> starts(c, 0x25, 0x50, 0x44, 0x46);
            case "docx", "xlsx" -> starts(c, 0x50, 0x4B, 0x03, 0x04);
            case "png" -> starts(c, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
            default -> false;
        };
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        byte[] head = Arrays.copyOf(content, magic.length);
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException refused(String where, String zh, String en) {
        return new InvalidInputException(where, List.of(new Problem(where, zh, en)));
    }
}
