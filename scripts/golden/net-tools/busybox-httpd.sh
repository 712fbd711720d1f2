# BusyBox httpd in a container: files with their Content-type by extension, index.html of directories,
# the redirect of a directory without its slash, the 404 and 501 pages, HEAD, -v logs on stderr, a
# daemonizing httpd (no -f) and a busy port. Objects are named nt-… (see busybox-net.sh).
docker rm -f nt-httpd nt-httpd2 >/dev/null 2>&1; true
docker run -d --name nt-httpd -p 18097:80 busybox sh -c 'mkdir -p /www/sub /www/empty && echo hello > /www/index.html && echo hi > /www/sub/index.html && echo body{} > /www/s.css && echo x > /www/a.json && echo t > /www/t.txt && exec httpd -f -v -p 80 -h /www' >/dev/null
sleep 1
curl -si localhost:18097/ | grep -v '^Date:\|^Last-Modified:\|^ETag:'
curl -si localhost:18097/s.css | grep -v '^Date:\|^Last-Modified:\|^ETag:'
curl -si localhost:18097/a.json | grep -v '^Date:\|^Last-Modified:\|^ETag:'
curl -si localhost:18097/t.txt | grep -v '^Date:\|^Last-Modified:\|^ETag:'
curl -si localhost:18097/sub | grep -v '^Date:'
curl -s localhost:18097/sub/
curl -si localhost:18097/missing | grep -v '^Date:'
curl -si localhost:18097/empty/ | grep -v '^Date:'
curl -sI localhost:18097/t.txt | grep -v '^Date:\|^Last-Modified:\|^ETag:'
curl -si -X DELETE localhost:18097/ | grep -v '^Date:'
curl -s -o /dev/null -w '%{http_code}\n' localhost:18097/missing
docker logs nt-httpd 2>&1 | sed 's/\]:[0-9]*:/]:PORT:/'
docker top nt-httpd -o pid,args | sed 1d | awk '{print $2, $3, $4, $5, $6, $7, $8}'
docker exec nt-httpd httpd -f -p 80
docker exec nt-httpd sh -c 'httpd -p 8080 -h /www; echo $?; wget -q -O- localhost:8080/t.txt'
docker exec nt-httpd httpd -p 127.0.0.1:8081 -h /www/sub
docker exec nt-httpd wget -q -O- 127.0.0.1:8081/
docker run --rm busybox httpd -f -p 99999
docker rm -f nt-httpd >/dev/null
