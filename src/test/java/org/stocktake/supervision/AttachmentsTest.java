package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.InvalidInputException;

/** Uploaded files: size limit, allowed types checked by content, names stripped of paths. */
class AttachmentsTest {

    @Test
    void aPdfIsAccepted() {
        assertThat(Attachments.check("报告.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 1000)
                        .contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void wrongContentTooBigOrForbiddenTypesAreRefused() {
        assertThatThrownBy(() -> Attachments.check("x.pdf", "GIF89a..".getBytes(StandardCharsets.US_ASCII), 1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a .pdf");
        // a program under a document's name is refused as a program, whatever its name
        assertThatThrownBy(() -> Attachments.check("x.pdf", "MZ....".getBytes(StandardCharsets.US_ASCII), 1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("looks like a program");
        assertThatThrownBy(
                        () -> Attachments.check("run.docx", "#!/bin/sh\nrm".getBytes(StandardCharsets.US_ASCII), 1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("可执行程序");
        assertThatThrownBy(() -> Attachments.check("x.exe", "MZ....".getBytes(StandardCharsets.US_ASCII), 1000))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Attachments.check("x.pdf", new byte[2000], 1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> Attachments.check("x.pdf", new byte[0], 1000))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pathsAndControlCharactersLeaveTheName() {
        assertThat(Attachments.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(Attachments.safeName("C:\\temp\\a\"b<c>.pdf")).isEqualTo("abc.pdf");
        assertThat(Attachments.safeName("..")).isEqualTo("attachment");
    }
}
