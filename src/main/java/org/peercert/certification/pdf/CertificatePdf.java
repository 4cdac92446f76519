package org.peercert.certification.pdf;

import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.IExternalDigest;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.ProviderDigest;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.peercert.certification.signing.SigningKey;
import org.springframework.stereotype.Component;

/**
 * A certificate as a landscape A4 PDF/A-2a and PDF/UA-1 (tagged, fonts embedded, sRGB output intent), signed PAdES baseline B
 * with the organisation key so a verifier can prove it is ours and unaltered. Drawn onto the blank template
 * and signed in the same pass (see {@link CertificateTemplate}); the pages are in {@link CertificatePages}.
 */
@Component
public class CertificatePdf {

    /** Document-information key carrying the id, read back when an employer uploads the PDF. */
    public static final String ID_KEY = "PeerCertCertificateId";
    static final String ISSUER = "PeerCert";

    private static final IExternalDigest JDK_DIGEST = new ProviderDigest(null);

    static {
        BuiltinXmlParsers.install();
    }

    private final SigningKey key;

    CertificatePdf(SigningKey key) {
        this.key = key;
    }

    public byte[] signed(CertificateDocument certificate) {
        return signed(certificate, false);
    }

    /**
     * {@code checked}: through iText's PDF/A-2a checker, which inspects every object written and costs about a
     * third of the time. Production draws the very same content without it; the tests draw it checked to prove
     * the conformance (the checker throws on any violation).
     */
    byte[] signed(CertificateDocument c, boolean checked) {
        var out = new ByteArrayOutputStream(96 * 1024);
        try (var fonts = CertificateFonts.lease(texts(c))) {
            PdfSigner signer = TemplateSigner.open(out, checked);
            draw(signer.getDocument(), c, fonts.fonts());
            signer.setSignerProperties(new SignerProperties().setFieldName(CertificateTemplate.SIGNATURE_FIELD)
                    .setReason("Certificate " + c.groupedId() + " issued by " + ISSUER)
                    .setLocation(c.verificationUrl()).setSignatureCreator(ISSUER));
            // PAdES baseline B is a detached CAdES signature (ETSI.CAdES.detached, signing-certificate-v2), which
            // is what PdfPadesSigner makes too; called directly so that hashing and ECDSA run on the JDK's
            // intrinsified providers (provider null) rather than pure-Java Bouncy Castle: a third of the signing time.
            signer.signDetached(JDK_DIGEST, new PrivateKeySignature(key.privateKey(), "SHA-256", null),
                    key.chain(), null, null, null, 0, PdfSigner.CryptoStandard.CADES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign certificate PDF", e);
        }
        return out.toByteArray();
    }

    /** Throws {@link UnprintableTextException} naming the first character of {@code text} that no certificate font has. */
    public static void checkPrintable(String text) {
        CertificateFonts.checkPrintable(text);
    }

    /** The same document without a signature: what a forger could make, which verification must refuse. */
    byte[] unsigned(CertificateDocument c) {
        var out = new UnsynchronizedBytes(96 * 1024);
        try (var fonts = CertificateFonts.lease(texts(c));
                var pdf = new CertificatePdfDocument(CertificateTemplate.reader(), new PdfWriter(out),
                        new StampingProperties())) {
            draw(pdf, c, fonts.fonts());
        }
        return out.toByteArray();
    }

    /** Every text drawn that varies by certificate: the fonts must cover them. */
    private static String[] texts(CertificateDocument c) {
        List<String> texts = new ArrayList<>(List.of(c.holderName(), c.courseTitle(), c.courseVersion()));
        c.scores().forEach(s -> texts.add(s.title()));
        return texts.toArray(String[]::new);
    }

    private static void draw(PdfDocument pdf, CertificateDocument c, CertificateFonts.Set fonts) {
        var labels = CertificateLabels.of(c.locale());
        pdf.getWriter().setCompressionLevel(CompressionConstants.BEST_SPEED);
        // PDF/UA: the language of the text, and a viewer's title bar showing the title rather than the file name
        pdf.getCatalog().setLang(new PdfString(labels.get("lang")));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(labels.get("doc-title", c.groupedId(), c.courseTitle()));
        info.setAuthor(ISSUER);
        info.setSubject(labels.get("subject", c.courseTitle(), c.courseVersion(), c.holderName()));
        info.setKeywords("certificate, " + c.id() + ", " + c.verificationUrl());
        info.setCreator(ISSUER);
        info.setMoreInfo(ID_KEY, c.id());
        // the template's own creation date would otherwise stay; PDF/A keeps the XMP in step with it on close
        info.setMoreInfo(PdfName.CreationDate.getValue(), new PdfDate().getPdfObject().getValue());
        new CertificatePages(pdf, c, fonts, labels).draw();
    }
}
