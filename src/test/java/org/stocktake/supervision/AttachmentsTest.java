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
        assertThatThrownBy(() -> Attachments.check("x.pdf", "MZ....".getBytes(StandardCharsets.US_ASCII), 1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a .pdf");
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
