#include "textdecode.h"

#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

namespace alongside::core::dataio::decode {

namespace {

constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// glibc's converter, for a Qt built without ICU (QStringDecoder then knows only the UTF and Latin-1).
QByteArray windows1252ByIconv(const QByteArray& data)
{
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == iconv_t(-1)) {
        return QString::fromLatin1(data).toUtf8();
    }
    QByteArray out;
    out.reserve(data.size() * 2);
    QByteArray in = data;
    char* inPtr = in.data();
    std::size_t inLeft = std::size_t(in.size());
    char buffer[4096];
    while (inLeft > 0) {
        char* outPtr = buffer;
        std::size_t outLeft = sizeof buffer;
        const std::size_t done = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        out.append(buffer, qsizetype(sizeof buffer - outLeft));
        if (done == std::size_t(-1) && errno != E2BIG) {
            // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252.
            out.append("\xEF\xBF\xBD");
            ++inPtr;
            --inLeft;
        }
    }
    iconv_close(cd);
    return out;
}

} // namespace

bool isValidUtf8(QByteArrayView data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    Q_UNUSED(text);
    return !decoder.hasError();
}

Encoding detectEncoding(const QByteArray& data)
{
    if (data.startsWith(kUtf8Bom)) {
        return Encoding::Utf8Bom;
    }
    return isValidUtf8(data) ? Encoding::Utf8 : Encoding::Windows1252;
}

bool hasUtf16Bom(const QByteArray& data)
{
    return data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

QByteArray toUtf8(const QByteArray& data, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: {
        const QByteArrayView body = data.startsWith(kUtf8Bom) ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
        if (isValidUtf8(body)) {
            return body.toByteArray();
        }
        return QString::fromUtf8(body).toUtf8();
    }
    case Encoding::Windows1252: {
        // Qt 6.4 on Debian is built with ICU, which knows windows-1252 (0x80–0x9F are the curly
        // quotes, dashes, € and so on, not the C1 controls of Latin-1).
        QStringDecoder decoder("windows-1252");
        if (decoder.isValid()) {
            return QString(decoder.decode(data)).toUtf8();
        }
        return windows1252ByIconv(data);
    }
    }
    return data;
}

} // namespace alongside::core::dataio::decode
