package org.zhuqi.notification;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class SmtpNotifierTests {

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private final OutboundMessage message = new OutboundMessage(1, "zhang@example.org", "【助企】新交办",
			"问题已交办\n\n查看详情：/demands/42");

	@Test
	void sendsAPlainTextMailFromTheConfiguredAddress() {
		new SmtpNotifier(sender, "noreply@zhuqi.example").send(message);

		ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(sender).send(mail.capture());
		assertThat(mail.getValue().getFrom()).isEqualTo("noreply@zhuqi.example");
		assertThat(mail.getValue().getTo()).containsExactly("zhang@example.org");
		assertThat(mail.getValue().getSubject()).isEqualTo("【助企】新交办");
		assertThat(mail.getValue().getText()).contains("/demands/42");
	}

	@Test
	void leavesTheSenderToTheMailServerWhenNoneIsConfigured() {
		new SmtpNotifier(sender, "").send(message);

		ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(sender).send(mail.capture());
		assertThat(mail.getValue().getFrom()).isNull();
	}

	@Test
	void letsAFailedSendThrowForTheJobToRetry() {
		doThrow(new MailSendException("connection refused")).when(sender).send(any(SimpleMailMessage.class));
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> new SmtpNotifier(sender, "").send(message));
	}

}
