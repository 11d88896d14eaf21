/* broker.h — a connection to a RabbitMQ broker (librabbitmq's amqp_* C API,
 * its errors turned into GError here) and the sealed job/result messages
 * that carry extraction work to `caviar worker`s (tools/ only).
 *
 * One CvBroker is one AMQP connection with one channel, used by one thread:
 * durable queues (quorum where the server has them), publisher confirms,
 * manual acknowledgements.  Message bodies are capped before they are read.
 *
 * Nothing readable crosses the broker: a job is
 *   crypto_box_seal("CVJ2" | job id (16) | owner public key (32) |
 *                   reply queue length (1) | reply queue |
 *                   options length (u16 LE) | options | file bytes,
 *                   worker public key)
 * with options = timeout s (u32 LE) | attempts (1) | flags (1, bit 0:
 * no OCR) | OCR languages length (u16 LE) | languages | PDF password
 * length (u16 LE) | password: the owner's extraction settings, so that a
 * remote worker does what a local one would ("CVJ1": no options, the
 * worker's own).  Its result is
 *   crypto_box_seal("CVR1" | job id (16) | status (1) | payload,
 *                   owner public key)
 * with status 0: payload = serialized document (cv_ingest_document_serialize),
 * status 1: payload = u32 LE error code (CvIngestError) | message,
 * status 2: quarantined, payload = u32 LE deliveries: the job came back
 * after that many workers took it and none answered (each died on it).
 */
#pragma once

#include <glib.h>
#include <sodium.h>

G_BEGIN_DECLS

#define CV_BROKER_ERROR (cv_broker_error_quark())
GQuark cv_broker_error_quark(void);
typedef enum {
  CV_BROKER_ERROR_URL,      /* not an amqp:// or amqps:// URL */
  CV_BROKER_ERROR_CONNECT,  /* socket, TLS, login */
  CV_BROKER_ERROR_PROTOCOL, /* the server closed the channel, a frame
                               we cannot take */
  CV_BROKER_ERROR_REFUSED,  /* a publish nacked or returned */
  CV_BROKER_ERROR_TOO_LARGE,
  CV_BROKER_ERROR_KEY, /* a message not sealed to our key */
} CvBrokerError;

#define CV_BROKER_JOBS_QUEUE "caviar.jobs"
#define CV_BROKER_RESULTS_PREFIX "caviar.results."
#define CV_BROKER_JOB_ID_LEN 16
#define CV_BROKER_MAGIC_LEN 4
/* Deliveries of one job before a quorum queue drops it: a backstop behind
 * the job's own attempts (at most this many), after which a worker answers
 * "quarantined" instead of trying the file again. */
#define CV_BROKER_DELIVERY_LIMIT 5
#define CV_BROKER_DEFAULT_ATTEMPTS 3
#define CV_BROKER_MAX_OPTION 1024 /* bytes of OCR languages, of password */
#define CV_BROKER_RESULT_OK 0
#define CV_BROKER_RESULT_FAILED 1
#define CV_BROKER_RESULT_QUARANTINED 2

/* What a job says besides the file (see the format above). */
typedef struct {
  guint8 id[CV_BROKER_JOB_ID_LEN];
  guint8 owner_pk[crypto_box_PUBLICKEYBYTES];
  char *reply;          /* caviar.results.* */
  gboolean has_options; /* FALSE for a CVJ1 job: the worker's own */
  guint timeout_s;      /* per file, 0: none */
  guint attempts;       /* deliveries tried before quarantine, 1..5 */
  gboolean no_ocr;
  char *ocr_langs;    /* NULL: the default */
  char *pdf_password; /* NULL: none (wiped when freed) */
} CvBrokerJob;
void cv_broker_job_clear(CvBrokerJob *job);
/* Seals @job and @len bytes of @file to the workers' key @worker_pk. */
GBytes *cv_broker_job_seal(const CvBrokerJob *job, const void *file, gsize len,
                           const guint8 *worker_pk);
/* Parses an opened job into @job: the file's bytes (a slice of @plain),
 * or NULL with CV_BROKER_ERROR_PROTOCOL. */
GBytes *cv_broker_job_parse(GBytes *plain, CvBrokerJob *job, GError **error);

typedef struct _CvBroker CvBroker;

/* Connects to @url (amqp://[user@]host[:port][/vhost] or amqps://...).
 * The password, never needed on the command line: the URL's if it has
 * one, else $CAVIAR_BROKER_PASSWORD, else the file
 * $CAVIAR_BROKER_PASSWORD_FILE or $CREDENTIALS_DIRECTORY/broker-password
 * (systemd LoadCredential), else "guest".  amqps:// checks the server's
 * certificate and name against the system's CAs or $CAVIAR_BROKER_CA. */
CvBroker *cv_broker_connect(const char *url, GError **error);
void cv_broker_free(CvBroker *broker);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvBroker, cv_broker_free)
/* The URL without its password, for messages. */
const char *cv_broker_url(CvBroker *broker);

/* Declares the durable queue @name: a quorum queue when the server has
 * them (jobs delivered more than @delivery_limit times are dropped; 0:
 * none), else a classic durable queue. */
gboolean cv_broker_declare(CvBroker *broker, const char *name,
                           guint delivery_limit, GError **error);
/* Starts consuming @name with manual acks, at most @prefetch unacked. */
gboolean cv_broker_consume(CvBroker *broker, const char *name, guint prefetch,
                           GError **error);
/* Publishes a persistent message to queue @name (default exchange,
 * mandatory) and waits up to @timeout_ms for the broker's confirm:
 * TRUE once the broker has it (on disk for durable queues).  @expire_s:
 * the broker drops it after that long (0: never). */
gboolean cv_broker_publish(CvBroker *broker, const char *name, const void *body,
                           gsize len, guint timeout_ms, guint expire_s,
                           GError **error);

typedef struct {
  guint64 tag;
  gboolean redelivered;
  guint delivery_count; /* earlier deliveries (quorum queues'
                           x-delivery-count; 0 on classic queues) */
  GBytes *body;         /* wiped when freed */
} CvBrokerMessage;
void cv_broker_message_free(CvBrokerMessage *message);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvBrokerMessage, cv_broker_message_free)

/* Messages ready (not delivered) in queue @name, by a passive declare;
 * -1 with @error if the broker could not say. */
gint64 cv_broker_queued(CvBroker *broker, const char *name, GError **error);

/* Largest message body taken (0 until set: every delivery is too large). */
void cv_broker_set_max_body(CvBroker *broker, gsize max_body);
/* The next delivery, waiting up to @timeout_ms; NULL without @error when
 * none came.  A body over the cap is rejected (not requeued) and reported
 * as CV_BROKER_ERROR_TOO_LARGE. */
CvBrokerMessage *cv_broker_next(CvBroker *broker, guint timeout_ms,
                                GError **error);
gboolean cv_broker_ack(CvBroker *broker, guint64 tag, GError **error);
/* Gives a delivery back (@requeue) or drops it. */
gboolean cv_broker_reject(CvBroker *broker, guint64 tag, gboolean requeue,
                          GError **error);

/* The owner's id for its results queue: a hash of the host name and the
 * store's directory (one owner per store). */
char *cv_broker_owner_id(const char *store_dir);

/* ---- keys and sealed messages ---- */

/* A worker key pair in sodium_malloc'd memory. */
typedef struct {
  guint8 pk[crypto_box_PUBLICKEYBYTES];
  guint8 sk[crypto_box_SECRETKEYBYTES];
} CvBoxKeys;
CvBoxKeys *cv_box_keys_new(void); /* random */
void cv_box_keys_free(CvBoxKeys *keys);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvBoxKeys, cv_box_keys_free)
/* The worker key file: "caviar-worker-key 1\nsecret HEX\npublic HEX\n",
 * mode 0600.  The public half alone: "HEX\n" (FILE.pub). */
gboolean cv_box_keys_save(const CvBoxKeys *keys, const char *path,
                          GError **error);
CvBoxKeys *cv_box_keys_load(const char *path, GError **error);
/* A public key (crypto_box_PUBLICKEYBYTES into @pk) from 64 hex digits,
 * or from a file holding them. */
gboolean cv_box_public_parse(const char *hex_or_file, guint8 *pk, GError **error);

/* Seals @len bytes to the public key @pk (the caller wipes @data). */
GBytes *cv_box_seal(const void *data, gsize len, const guint8 *pk);
/* Opens a sealed box: a wiped-on-free GBytes, or NULL with
 * CV_BROKER_ERROR_KEY. */
GBytes *cv_box_open(GBytes *sealed, const CvBoxKeys *keys,
                    GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
